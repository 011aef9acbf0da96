/** Cards from the PACT Convening 2023 materials, incl. UC Davis CAARE Center (seed pact-2023). */
import type { Card } from '../types.js';
import { PACT, card, src } from './define.js';

const PRACTICAL = 'Harm Reduction Practical Strategies';

export const pactCards: Card[] = [
  card({
    id: 'why-hr-se-youth',
    title: 'Why use harm reduction with youth who are sexually exploited or trafficked?',
    summary: 'Violence, pregnancy and STIs, leaving care, substance use, distrust of the system, psychological coercion.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'trainer'],
    topics: ['harm reduction', 'cse', 'risk factors'],
    kind: 'checklist',
    body: [
      {
        type: 'list',
        items: [
          'Risk for violence',
          'Risk for unwanted or early pregnancy/STIs',
          'Leaving care behavior',
          'Substance use and abuse behavior (sometimes)',
          'Distrust of the system',
          'Risk of psychological coercion/core identity disturbance',
        ],
      },
    ],
    related: ['hr-is', 'five-keys'],
    sources: [src(PACT, 'Why use harm reduction for Youth who are SE/Trafficked?', 'Risk of psychological coercion/core identity disturbance')],
  }),
  card({
    id: 'hr-is',
    title: 'What harm reduction is, and when to use it',
    summary: 'Targeted, evidence based, incremental; for youth who are not ready, willing or able to stop right now.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'supervisor', 'trainer'],
    topics: ['harm reduction', 'definition'],
    kind: 'definition',
    body: [
      { type: 'heading', text: 'Harm reduction is' },
      {
        type: 'list',
        items: [
          'An approach based on a strong commitment to public health and human rights',
          'Targeted approach that focuses on specific risks and harms',
          'Evidence based, practical, feasible',
          'Incremental in nature',
          'Requires that one accepts youth how they are and avoid being judgmental',
          'Recognizes the value of all persons regardless of behavior',
          'Acknowledges ANY positive change an individual makes',
        ],
      },
      { type: 'heading', text: 'When to use harm reduction strategies' },
      {
        type: 'list',
        items: [
          'A youth is actively being exploited or trafficked or engaging in sex trade and is not ready, willing, or able to stop or is ambivalent about stopping at this moment in time',
          'A youth leaves care without permission',
          'Youth is misusing substances and/or has a dependence',
          'Youth is in a violent relationship with trafficker and/or partner',
          'Youth is having unsafe behaviors associated with cell phone and social media use',
        ],
      },
      { type: 'callout', text: 'HR is not in conflict with our overarching goal to stop child sexual exploitation.' },
    ],
    related: ['hr-definition', 'five-keys', 'hr-active-exploitation', 'hr-leaving-care'],
    sources: [
      src(PACT, 'Harm Reduction Is:', 'Acknowledges ANY positive change an individual makes'),
      src(PACT, 'WHEN to Use Harm Reduction Strategies', 'A youth leaves care without permission'),
    ],
  }),
  card({
    id: 'five-keys',
    title: 'Harm reduction philosophy: the 5 keys',
    summary: 'Congruent with our goals; risk on a continuum; risk is human; context matters; compassionate relationships.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'supervisor', 'trainer'],
    topics: ['harm reduction', 'philosophy', 'training'],
    kind: 'steps',
    body: [
      {
        type: 'steps',
        items: [
          'HR is Congruent with Overall Goals: HR is not in conflict with our overarching goal to stop child sexual exploitation; you can utilize HR while still making a plan with the youth to get out and stay out; HR increases safety and health and decreases death, serious injury, etc.',
          'Risk and HR exists on a continuum: risky behavior is not an all or nothing concept; having a clear understanding of the severity of risk can help create nuanced HR plans; this also helps us evaluate "success".',
          'Risk and Risky behavior is a part of the human experience: avoid pathologizing youth for risky behavior; remember adolescent and the frontal lobe dilemma; experiences that cause us harm can also have benefits.',
          "Contextual risk is important to evaluate: risk related to exploitation is not just about an individual's behavior; systems also need to focus on the risks of demand, systemic barriers, systemic harms, etc.",
          'Humans make healthier choices in the context of compassionate relationships: support, empowerment, human connection and education are key; all people deserve respect and dignity even if you don\'t agree with their behaviors; receptiveness to change increases when wellbeing is prioritized.',
        ],
      },
    ],
    related: ['reflective-questions', 'hr-is', 'risk-set-setting'],
    rules: ['behavior', 'mental-health'],
    sources: [
      src(PACT, 'Key #1: HR is Congruent with Overall Goals', 'You can utilize HR while still making a plan with the youth to get out and stay out'),
      src(PACT, 'Key #3: Risk and Risky behavior is a part of the human experience', 'Avoid pathologizing youth for risky behavior'),
      src(PACT, 'Key #5: Humans make healthier choices in the context of compassionate relationships', 'Receptiveness to change increases when wellbeing is prioritized'),
    ],
  }),
  card({
    id: 'reflective-questions',
    title: 'Reflective questions for workers',
    summary: 'Effective harm reduction takes self-reflection: fears, agency reception, bias, and beliefs about change.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'supervisor', 'trainer'],
    topics: ['reflection', 'training', 'bias'],
    kind: 'checklist',
    body: [
      { type: 'paragraph', text: 'Effective HR takes quite a bit of self-reflection.' },
      {
        type: 'questions',
        items: [
          'What are your biggest fears and worries about this particular youth?',
          'How will HR strategies be received by your agency? Field?',
          'Do we have any other implicit or explicit bias or moral judgement that may get in the way of our work?',
          'Do you believe humans, even youth, deserve respect and dignity regardless of their behavior or experiences?',
          'Do you believe risky behaviors including drug use and sexual exploitation happen in a larger societal and cultural context or are primarily a flaw or issue with an individual person?',
          'Do you believe that despite our best efforts we cannot force people to change behavior?',
          'Do you believe we can help youth be safer even if they are currently engaging in sexual exploitation, problematic drug use, or other risky behaviors?',
        ],
      },
    ],
    related: ['five-keys', 'cannot-control-you'],
    sources: [
      src(PACT, 'Last thought on HR philosophy', 'Effective HR takes quite a bit of self-reflection'),
      src(PACT, 'Example Reflective Questions', 'Do you believe that despite our best efforts we cannot force people to change behavior?'),
    ],
  }),
  card({
    id: 'risk-set-setting',
    title: 'Assessment strategy: Risk, Set, Setting',
    summary: 'The most pressing risk, the youth’s current mindset, and the setting where the risky behaviour happens.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'trainer'],
    topics: ['assessment', 'risk', 'reassessment'],
    kind: 'table',
    body: [
      {
        type: 'table',
        head: ['', 'Ask'],
        rows: [
          ['Risk', 'What is the most pressing/riskiest issue?'],
          ['Set', 'What is the current mindset (thoughts, moods, expectations)'],
          ['Setting', 'What setting is the risky behavior occurring in?'],
        ],
      },
    ],
    related: ['hr-best-practices-providers', 'assessing-risk', 'five-keys'],
    sources: [
      src(PACT, 'Assessment Strategy: Risk, Set, Setting', 'What is the current mindset (thoughts, moods, expectations)'),
      src(PACT, 'Assessment Strategy: Risk, Set, Setting', 'What setting is the risky behavior occurring in?'),
    ],
  }),
  card({
    id: 'hr-active-exploitation',
    title: 'Practical strategies: active exploitation',
    summary: 'Honest sexual-health talk, safety with sex buyers, physical and emotional safety, empowerment.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'trainer'],
    topics: ['exploitation', 'sexual health', 'safety plan', 'strategies'],
    kind: 'steps',
    body: [
      {
        type: 'steps',
        items: [
          'Have honest and open conversations about sexual health. Youth may be getting sex ed from traffickers and sex buyers. Comprehensive sexual health includes: sexual orientation, gender identity, gender expressions; consent legal and ethical concept; exploitation vs non-exploitative sexual exchanges; protection from STIs and HIV; pregnancy prevention and reproductive health; values in sexuality and relationships.',
          'Discuss safety exchanges with sex buyers: condom negotiation; clear expectations about pricing, time limits, sex acts, payment arrangement; bad "date" lists.',
          'Promote physical safety: clothing and jewelry options; escape plans (from trafficker or sex buyer); ways to meet basic needs without trafficker.',
          'Promote emotional safety: utilizing MI strategies to find focus and enhance change talk; encourage less "traditional" therapy styles (self-help books, Ending the Game, phone applications).',
          'Increase empowerment and quality of life behaviors: focus on values, interest, and identity; have discussion of "life worth living"; what brings them joy?; reminder they have agency to make their own decisions about their lives.',
        ],
      },
    ],
    related: ['multiple-partners-approach', 'stages-of-change', 'hr-violence-relationships'],
    rules: ['exploitation/john', 'exploitation/trick'],
    sources: [
      src(PACT, `${PRACTICAL}: Harm Reduction Strategies for Active Exploitation`, 'Youth may be getting sex ed from traffickers and sex buyers'),
      src(PACT, 'HR for active exploitation, cont.', 'Escape plans (from trafficker or sex buyer)'),
      src(PACT, 'HR for active exploitation, cont.', 'Reminder they have agency to make their own decisions about their lives'),
    ],
  }),
  card({
    id: 'hr-leaving-care',
    title: 'Practical strategies: leaving care (and the emergency bag)',
    summary: 'Talk openly about urges to leave, pack an emergency bag together, and problem-solve safer places.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'trainer'],
    topics: ['missing from care', 'safety plan', 'emergency bag', 'strategies'],
    kind: 'steps',
    body: [
      {
        type: 'steps',
        items: [
          'Openly talk about urges to leave care and create a comprehensive safety plan targeting leaving care: reduce stigma and shame; reduce impulsivity when leaving care; allows for consistent evaluation of risks.',
          'Pack an emergency bag with the youth.',
          'Problem solve "safer" places to go: can they leave placement and also avoid the trafficker? Can they reduce their time being away?',
          'Discuss how to get their basic needs met: are they familiar with the area? Do they know where food banks and shelters are? Where will they be sleeping?',
          'Address specific concerns (e.g., drug use, active exploitation, staying safer in violent relationship).',
        ],
      },
      { type: 'heading', text: 'The emergency bag' },
      {
        type: 'checklist',
        items: ['Water, snacks, clean clothes, copies of identification, safe sex supplies, crisis contact numbers', 'Small amounts of psychiatric medication', 'Cell phone and cell phone charger'],
      },
    ],
    related: ['missing-from-care-approach', 'hr-levels-of-acceptance', 'le-ongoing-investigation'],
    rules: ['missing'],
    sources: [
      src(PACT, 'Harm Reduction for Leaving Care Behaviors', 'Openly talk about urges to leave care and create a comprehensive safety plan targeting leaving care'),
      src(PACT, 'Harm Reduction for Leaving Care Behaviors', 'Water, snacks, clean clothes, copies of identification, safe sex supplies, crisis contact numbers'),
      src(PACT, 'HR for leaving care behaviors, cont.', 'Can they leave placement and also avoid the trafficker?'),
    ],
  }),
  card({
    id: 'hr-substance-misuse',
    title: 'Practical strategies: substance misuse',
    summary: 'Talk about use without judgment, build knowledge, safer use, overdose prevention, and MI for readiness.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'trainer'],
    topics: ['substance use', 'overdose', 'strategies'],
    kind: 'steps',
    body: [
      {
        type: 'steps',
        items: [
          'Discuss alcohol and drug use in an open and non-judgmental manner: assessment of what, how, when, etc. they are using; have they tried to quit or cut down before?',
          'Help youth increase knowledge about their drug use: how a drug is made; how it affects the brain; risk of overdose; mixing drugs.',
          'Problem solve safer ways to ingest/inject drugs: not using alone; sterile supplies; disposal; HIV, Hep C prevention.',
          'Discuss overdose prevention strategies: warning signs of overdose; Narcan/Naloxone training; knowing tolerance, avoid mixing, quality/strength of drug.',
          "Apply Motivational Interview strategies to assess ambivalence, and a youth's readiness, willingness and ability to participate in substance abuse treatment. Seven Challenges is a HR treatment model.",
        ],
      },
    ],
    related: ['hr-levels-of-acceptance', 'hr-background', 'scenario-4'],
    rules: ['substance'],
    sources: [
      src(PACT, 'HR Strategies to Address Substance Misuse', 'Discuss alcohol and drug use in an open and non-judgmental manner'),
      src(PACT, 'HR for Substance Misuse, cont.', 'Seven Challenges is a HR treatment model'),
    ],
  }),
  card({
    id: 'hr-violence-relationships',
    title: 'Practical strategies: violence in relationships',
    summary: 'A non-judgmental conversation about the relationship, warning signs, safer escape plans, and control over one’s life.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'trainer'],
    topics: ['violence', 'relationships', 'safety plan', 'strategies'],
    kind: 'steps',
    body: [
      {
        type: 'steps',
        items: [
          "Have an open, non-judgmental conversation about the relationship (assessment of the level of risk/harm/severity of the violence and perpetrator's behavior): you care about their safety even if they are in this violent relationship; get a sense of coercive control, access to weapons, other behaviors related to lethality.",
          "Help the youth to recognize the violent partner's warning signs of violence.",
          'Discuss potential safer escape plans if and when they are ready/can leave: validate fear and discuss the reality of the situation; scheduling a weekly appointment, copies of identification, turning off location tracking, emergency bag, safety people.',
          "Discuss and increase the sense of control over the youth's own life: therapy, career, interests; recognizing strengths and resiliency; plan activities for sense of competence, self-esteem, and wellbeing.",
          'Apply Motivational Interviewing strategies to reduce ambivalence and assess readiness, willingness, and ability to leave abusive/violent relationship and/or be connected to other services/resources.',
        ],
      },
    ],
    related: ['exploiter-in-cft', 'stages-of-change', 'hr-leaving-care'],
    rules: ['exploitation/boyfriend'],
    sources: [
      src(PACT, 'HR strategies for Violence in Relationships', 'You care about their safety even if they are in this violent relationship'),
      src(PACT, 'HR strategies for Violence in Relationships', 'Discuss potential safer escape plans if and when they are ready/can leave'),
    ],
  }),
  card({
    id: 'hr-cell-phone-social-media',
    title: 'Practical strategies: cell phone and social media',
    summary: 'Explain rules and when more freedom comes, prefer nuanced responses, and build safer, more beneficial use.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'trainer'],
    topics: ['cell phone', 'social media', 'strategies'],
    kind: 'steps',
    body: [
      {
        type: 'steps',
        items: [
          'Evaluate values and rules: make sure youth know the rules, why the rules are created, and when more freedom will occur; consider a nuanced vs. blanket response.',
          'Engage the youth in conversations around cell phones/social media: benefits of use; preferred modes of communication; previous rules or expectations.',
          'Help increase benefits of cell phone and social media use: help program in numbers, apps, positive content creators; discuss privacy and programming protective codes and passwords; risk vs benefits of sharing location online.',
          'Openly discuss urges for utilizing cell phone and social in risky ways: triggers, warning signs, safety planning for trafficker or sex buyer contact.',
          'Increase knowledge and awareness about social media safety tips.',
        ],
      },
    ],
    related: ['cell-phone-approach', 'hr-levels-of-acceptance'],
    rules: ['practice/phone-taken-away', 'practice/phone-ban', 'practice/earn-phone-back'],
    sources: [
      src(PACT, 'Harm Reduction for Cell Phone/Social Media Use', 'Consider a nuanced vs. blanket response'),
      src(PACT, 'Harm Reduction for Cell Phone/Social Media Use', 'Triggers, warning signs, safety planning for trafficker or sex buyer contact'),
    ],
  }),
  card({
    id: 'csec-program-practices',
    title: 'County CSEC programs: barriers, facilitators and best practices',
    summary: 'What the SB 855 evaluation found helps counties serve youth experiencing CSE.',
    audiences: ['supervisor', 'trainer'],
    topics: ['program', 'collaboration', 'evaluation', 'mdt'],
    kind: 'checklist',
    body: [
      { type: 'heading', text: 'Facilitators' },
      {
        type: 'list',
        items: [
          'MDTs are very effective at quickly coordinating service provision, but only when they are regularly attended by county agencies and partners.',
          'MOUs and CSEC protocols set counites up for success regarding service integration, as they specifically lay out agency and partner roles and coordination activities.',
          'Many counties said that universal screening (especially CSE-IT) helps quickly identify youth who are being exploited or at risk and begin the process of CSEC service provision.',
        ],
      },
      { type: 'heading', text: 'Examples of best practices' },
      {
        type: 'checklist',
        items: [
          'Having a unit/workers specifically designated to respond to CSE, but not exclusively responding to CSE',
          '24/7 dual response from child welfare and CSE advocate (voluntary nonprofit) when going out for investigations',
          'Specialized CSE-specific staff (e.g., CSEC mental health clinician, missing persons liaison)',
          'Weighting CSE cases more heavily when calculating caseloads with the acknowledgment that they are more intensive',
        ],
      },
      { type: 'heading', text: 'Survivor involvement' },
      { type: 'paragraph', text: 'Experts with lived experiences should be included in the process every step of the way.' },
    ],
    related: ['promising-practices'],
    sources: [
      src(PACT, 'What are some best practices for implementing local CSEC response programs?', '24/7 dual response from child welfare and CSE advocate (voluntary nonprofit) when going out for investigations'),
      src(PACT, 'What were the barriers and facilitators to implementing SB 855?', 'MDTs are very effective at quickly coordinating service provision'),
      src(PACT, 'Survivor Involvement in Research and Evaluation', 'Experts with lived experiences should be included in the process every step of the way'),
    ],
  }),
];
