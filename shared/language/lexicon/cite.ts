/**
 * The passages and guides the lexicon rests on, named once. Seed quotes are verbatim (tests
 * check them against the seed text); guides are cited by their registry id (title, publisher, year).
 */
import type { SourceRef } from '../types.js';

const q = (source: string, section: string, quote: string): SourceRef => ({ source, section, quote });
const g = (source: string, section?: string): SourceRef => (section ? { source, section } : { source });

export const DOJ_PROSTITUTE = q('doj-2021-dle-04', '5. What to Avoid', 'Refer to the youth as a prostitute, or reference their “prostitution” in any way.');
export const DOJ_CHOSE = q('doj-2021-dle-04', '5. What to Avoid', 'Assume the youth chose to be exploited, or wanted to be doing this');
export const DOJ_BLAME = q('doj-2021-dle-04', '5. What to Avoid', 'Place blame or shame on the youth.');
export const DOJ_CONDITIONED = q('doj-2021-dle-04', "Law Enforcement's Role", 'even when a youth presents this way, or states that they chose to engage in the life, that they are conditioned to do so');
export const DOJ_ILLUSION = q('doj-2021-dle-04', "Law Enforcement's Role", 'It is their goal to make youth believe they are in fact choosing to participate in the life.');
export const DOJ_CHILD_ABUSE = q('doj-2021-dle-04', "Law Enforcement's Role", 'the commercial sexual exploitation of minors is child abuse');
export const DOJ_SB1322 = q('doj-2021-dle-04', 'Statutory Change', 'CSE minors may no longer be prosecuted for soliciting or engaging in prostitution');
export const DOJ_SURVIVAL = q('doj-2021-dle-04', "Law Enforcement's Role", 'For those youth who do not have an exploiter, but rather are engaging in survival sex, this too remains a form of abuse and exploitation.');
export const DOJ_UNCOOPERATIVE = q('doj-2021-dle-04', "Law Enforcement's Role", 'This illusion of choice often leads CSE youth to be uncooperative with law enforcement');
export const DOJ_DISHONEST = q('doj-2021-dle-04', '2. Ongoing Investigation', 'do not accuse youth of being dishonest unless certain it is the case');
export const DOJ_AWOL_HEALING = q('doj-2021-dle-04', '2. Ongoing Investigation', 'Regardless, AWOL is part of the healing');
export const DOJ_MISSING = q('doj-2021-dle-04', '2. Ongoing Investigation', 'Remain engaged and stay in contact with youth if possible, even while missing from placement.');
export const DOJ_RESCUE = q('doj-2021-dle-04', '5. What to Avoid', 'a rescue mentality that seeks an immediate and complete break in the abusive relationship has proven ineffective');
export const DOJ_THREATS = q('doj-2021-dle-04', '5. What to Avoid', 'Make threats of criminal action should a youth not be cooperative.');
export const DOJ_PURCHASERS = q('doj-2021-dle-04', 'The Harm Reduction Approach', 'May still engage with purchasers for financial stability');

export const HR_SELF_EXPLOITATION = q('cdss-hr-training', 'Dynamics of CSE', '"Self-exploitation" - purchaser considered the only exploiter');
export const HR_CHOOSING_LIFE = q('cdss-hr-training', 'Dynamics of CSE', "Convince youth they are actually choosing 'the life' effectively removing any \"choice\" the youth has");
export const HR_AWOL_CHOICE = q('cdss-hr-training', 'Conventional vs Harm Reduction Approach: Missing From Care', "Look at absence from placement (or AWOL) solely as a youth's choice alone");
export const HR_MISSING_FROM_CARE = q('cdss-hr-training', 'HR Now Commonly Includes', 'Missing From Care');
export const HR_RESTRICTIVE = q('cdss-hr-training', 'Conventional vs Harm Reduction Approach: Missing From Care', 'Change placement to a more restrictive placement');
export const HR_RETRAUMATIZE = q('cdss-hr-training', 'Redefining Safety:', 'Conventional interventions, such as more restrictive placements or punishment, re-traumatize a child');
export const HR_PHONE_PUNISHMENT = q('cdss-hr-training', 'Conventional vs Harm Reduction Approach: Cell Phone Use', 'Taking away cell phone as a punishment');
export const HR_PHONE_EARN = q('cdss-hr-training', 'Conventional vs Harm Reduction Approach: Cell Phone Use', 'Requiring child to earn phone with “good” behavior');
export const HR_PHONE_BAN = q('cdss-hr-training', 'Conventional vs Harm Reduction Approach: Cell Phone Use', 'Blanket policy prohibiting cell phones');
export const HR_BAD_INFLUENCES = q('cdss-hr-training', 'Conventional vs Harm Reduction Approach: Thinking outside the box', 'Vilify important people to the child as “bad influences”');
export const HR_PUNISHMENT = q('cdss-hr-training', 'Conventional vs Harm Reduction Approach: Thinking outside the box', 'Punishment for unsafe behaviors');
export const HR_SHAME = q('cdss-hr-training', 'Conventional vs Harm Reduction Approach: Thinking outside the box', 'Shame for unsafe behaviors');
export const HR_ABSTINENCE = q('cdss-hr-training', 'Conventional vs Harm Reduction Approach: Thinking outside the box', 'Demand abstinence from unsafe behaviors');
export const HR_HOMELESSNESS = q('cdss-hr-training', 'What is CSE? (cont.)', 'Experiencing homelessness');
export const HR_TRAUMA_LANGUAGE = q('cdss-hr-training', 'How HR Aligns with ICPM', 'Use trauma-sensitive language when talking with children, youth, and parents so they feel heard');
export const HR_NOT_JUST_OFFENDER = q('cdss-hr-training', 'Probation - HR Best Practices', 'Get to know the child, not just as an offender or victim');
export const HR_NOT_PUNITIVE = q('cdss-hr-training', 'Probation - HR Best Practices', 'Flexible and positive, not punitive');
export const HR_CHILD_SPECIFIC = q('cdss-hr-training', 'When is this HR?', 'HR is always Child Specific - and relative specific – not a blanket decision');

export const CSEY_CFT = q('cdss-csey-hr', 'Harm Reduction in Practice', 'Exclusion of a suspected exploiter from a CFT');
export const CSEY_LECTURE = q('cdss-csey-hr', 'Harm Reduction in Practice', 'Discourage the youth from their actions and explain how/why they are wrong');
export const CSEY_MULTIPLE = q('cdss-csey-hr', 'Harm Reduction in Practice', 'Explore what aspects of these relationships the youth enjoys/ what needs are being met');

export const ACIN_PUNITIVE = q('acin-i-57-17', 'Relationship-Based Approach', 'Punitive disciplinary methods may not be appropriate when working with CSEC');
export const ACIN_RELAPSE = q('acin-i-57-17', 'Relationship-Based Approach', 'the healing process for CSEC often involves behavior relapse and resistance to services');
export const ACIN_WHAT_HAPPENED = q('acin-i-57-17', 'Trauma-Informed Care', 'shifting the question from "What is wrong with you?" to "What happened to you?"');

export const PACT_PATHOLOGIZING = q('pact-2023', 'Key #3: Risk and Risky behavior is a part of the human experience', 'Avoid pathologizing youth for risky behavior');
export const PACT_NOT_JUDGMENTAL = q('pact-2023', 'Harm Reduction Is:', 'Requires that one accepts youth how they are and avoid being judgmental');
export const PACT_LEAVES_CARE = q('pact-2023', 'WHEN to Use Harm Reduction Strategies', 'A youth leaves care without permission');
export const PACT_MISUSING = q('pact-2023', 'WHEN to Use Harm Reduction Strategies', 'Youth is misusing substances and/or has a dependence');
export const PACT_DIGNITY = q('pact-2023', 'Key #5: Humans make healthier choices in the context of compassionate relationships', "All people deserve respect and dignity even if you don't agree with their behaviors");
export const PACT_SEX_BUYERS = q('pact-2023', 'Harm Reduction Strategies for Active Exploitation', 'Youth may be getting sex ed from traffickers and sex buyers');

export const LUXEMBOURG = g('luxembourg-2016', 'Terminology Guidelines');
export const AP = g('ap-stylebook-2016');
export const ILLINOIS = g('illinois-dhs-trafficking');
export const ECPAT_USA = g('ecpat-usa-words-matter');
export const WCSAP = g('wcsap-2019');
export const NIDA = g('nida-words-matter');
export const VA = g('va-destigmatizing-language');
export const ONDCP = g('ondcp-2017');
export const SAMHSA = g('samhsa-2004');
export const RRI = g('rri-addictionary');
export const AAP = g('aap-2022');
export const CWLA = g('cwla-strength-based');
export const TACT = g('tact-2019');
export const OKDHS = g('okdhs-words-matter');
export const WA_DCYF = g('wa-dcyf-4550');
export const STIGMA_RESEARCH = g('stigmatizing-descriptors-research');
export const AFSP = g('afsp-reporting-suicide');
export const MINDFRAME = g('mindframe');
export const NOTTS = g('nottinghamshire-recovery-language');
export const VA_IDENTITY = g('va-identity-language');

/** Word lists the rules share. */
export const POSS = '(her|his|their|the|this|that|a)';
export const SUBSTANCE_CONTEXT = ['ua', 'uas', 'u.a', 'drug', 'drugs', 'test', 'tests', 'tested', 'screen', 'screens', 'tox', 'urine', 'urinalysis', 'sober', 'sobriety', 'meth', 'weed', 'marijuana', 'thc', 'alcohol', 'fentanyl', 'opioids', 'cocaine', 'using', 'relapse', 'relapsed', 'treatment', 'rehab', 'substances', 'substance', 'pills', 'heroin', 'months', 'days', 'weeks', 'since'];
export const EXPLOITATION_CONTEXT = ['exploited', 'exploiter', 'exploitation', 'trafficker', 'trafficked', 'trafficking', 'pimp', 'buyer', 'buyers', 'dates', 'date', 'paid', 'money', 'cash', 'hotel', 'motel', 'track', 'blade', 'csec', 'cse', 'sex', 'sexual', 'prostitution', 'trick', 'tricks', 'commercial', 'daddy', 'quota'];
export const PLACEMENT_CONTEXT = ['placement', 'placements', 'group home', 'strtp', 'foster home', 'the home', 'rfa', 'resource family', 'facility', 'shelter', 'care', 'home', 'program', 'unit', 'cottage', 'ffa', 'relative', "caregiver's", 'caregivers', 'staff'];
