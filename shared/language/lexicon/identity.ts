/** Identity: labels for housing, immigration status, gender and family that define a person by them. */
import type { RuleFamily } from './format.js';
import * as c from './cite.js';

export const identity: RuleFamily[] = [
  {
    id: 'homeless-youth',
    domain: 'identity',
    severity: 'avoid',
    message: 'Person-first: homelessness is a situation a youth experiences, not who they are.',
    forms: [
      { match: ['homeless (youth|teen|teens|minor|minors|child|children|kids|kid|girl|boy|young people|person|people|man|woman|mother|father|mom|dad|parent|parents|friends|friend|peers|family|families|adults|individuals|persons|boyfriend|girlfriend)'], suggestions: ['$1 experiencing homelessness'] },
      { match: ['the homeless'], suggestions: ['people experiencing homelessness'] },
      { match: ['(is|was|are|were|became|become|been) homeless'], suggestions: ['$1 experiencing homelessness'] },
      { match: ['(and|currently|also|now|still) homeless'], suggestions: ['$1 experiencing homelessness'], context: { notBefore: ['(shelter|shelters|services|service|program|programs|youth|outreach|coalition|count|liaison|act|people|persons|individuals|families|population|camp|camps|encampment)'] } },
    ],
    context: { notBefore: ['shelter', 'shelters', 'services', 'program', 'outreach', 'prevention', 'youth act', 'youth program', 'center'] },
    sources: [c.VA_IDENTITY, c.HR_HOMELESSNESS],
    examples: [
      { text: 'Yth stays with homeless friends near the river.', fixed: 'Yth stays with friends experiencing homelessness near the river.' },
      { text: 'Mother has been homeless since March.', fixed: 'Mother has been experiencing homelessness since March.' },
      { text: 'She volunteers at a shelter for the homeless.', fixed: 'She volunteers at a shelter for people experiencing homelessness.' },
    ],
    counterexamples: ['Youth was referred to the Youth Homelessness Prevention Center.', 'SW called the homeless shelter on 5th St.'],
  },
  {
    id: 'illegal-alien',
    domain: 'identity',
    severity: 'avoid',
    message: 'A person is not illegal; describe immigration status, for example undocumented.',
    forms: [
      { match: ['(illegal alien|illegal immigrant|undocumented alien)'], suggestions: ['undocumented immigrant'] },
      { match: ['(illegal aliens|illegal immigrants|illegals|undocumented aliens)'], suggestions: ['undocumented immigrants'] },
    ],
    sources: [c.VA_IDENTITY],
    examples: [
      { text: 'Father is an illegal alien and fears contact with ICE.', fixed: 'Father is an undocumented immigrant and fears contact with ICE.' },
      { text: 'Neighbors called the family illegals.', fixed: 'Neighbors called the family undocumented immigrants.' },
    ],
  },
  {
    id: 'foster-kid',
    domain: 'identity',
    severity: 'consider',
    message: 'No term guide is cited for this one, but trauma-sensitive language puts the young person before the system: a youth in foster care.',
    forms: [
      { match: ['(foster kid|foster child|foster youth)'], suggestions: ['youth in foster care'], context: { notBefore: ['bill of rights', 'rights', 'ombudsman', 'services', 'program', 'liaison'] } },
      { match: ['(foster kids|foster children)'], suggestions: ['youth in foster care'] },
      { match: ['(system kid|system kids|welfare kid|welfare kids|cps kid|cps kids|ward of the state)'], suggestions: ['youth in care'] },
    ],
    sources: [c.HR_TRAUMA_LANGUAGE],
    examples: [
      { text: 'Teachers treat her differently because she is a foster kid.', fixed: 'Teachers treat her differently because she is a youth in foster care.' },
      { text: 'Peers call him a system kid.', fixed: 'Peers call him a youth in care.' },
    ],
    counterexamples: ['SW reviewed the Foster Youth Bill of Rights with her.'],
  },
  {
    id: 'transgendered',
    domain: 'identity',
    severity: 'avoid',
    message: '"Transgendered" and "a transgender" treat gender identity as something done to a person or as a noun; say transgender person or youth.',
    forms: [
      { match: ['transgendered'], suggestions: ['transgender'] },
      { match: ['(a|the) (transgender|tranny|trans)'], suggestions: ['$1 transgender youth'], context: { notBefore: ['youth', 'girl', 'boy', 'woman', 'man', 'person', 'teen', 'child', 'student', 'client', 'minor', 'community', 'group', 'support', 'identity', 'and', 'or'] } },
      { match: ['(tranny|trannies|shemale|she-male|he-she)'], suggestions: ['transgender person'] },
      { match: ['(sex change|sex-change) (operation|surgery)', 'sex change'], suggestions: ['gender-affirming care'] },
    ],
    sources: [c.HR_TRAUMA_LANGUAGE, c.PACT_DIGNITY],
    examples: [
      { text: 'Yth identifies as transgendered and uses she/her.', fixed: 'Yth identifies as transgender and uses she/her.' },
      { text: 'Staff referred to her as a transgender in the log.', fixed: 'Staff referred to her as a transgender youth in the log.' },
    ],
  },
  {
    id: 'preferred-pronouns',
    domain: 'identity',
    severity: 'consider',
    message: 'Pronouns are not a preference; write the youth’s pronouns.',
    forms: [{ match: ['(preferred pronouns|preferred pronoun)'], suggestions: ['pronouns'] }],
    sources: [c.PACT_DIGNITY],
    examples: [{ text: 'Yth’s preferred pronouns are they/them.', fixed: 'Yth’s pronouns are they/them.' }],
  },
  {
    id: 'broken-home',
    domain: 'identity',
    severity: 'consider',
    message: '"Broken home" judges a family; describe what happened in it.',
    forms: [
      { match: ['broken (home|family)'], suggestions: ['family that has been through separation'] },
      { match: ['broken (homes|families)'], suggestions: ['families that have been through separation'] },
    ],
    sources: [c.ACIN_WHAT_HAPPENED, c.CWLA],
    examples: [{ text: 'Yth comes from a broken home.', fixed: 'Yth comes from a family that has been through separation.' }],
  },
  {
    id: 'caretaker',
    domain: 'identity',
    severity: 'consider',
    message: 'Child welfare’s strength-based word is caregiver.',
    forms: [
      { match: ['caretaker'], suggestions: ['caregiver'] },
      { match: ['caretakers'], suggestions: ['caregivers'] },
    ],
    context: { excludeNear: ['property', 'building', 'grounds', 'cemetery', 'janitor', 'maintenance', 'government', 'manager'] },
    sources: [c.CWLA],
    examples: [{ text: 'Yth’s caretaker reports she slept through the night.', fixed: 'Yth’s caregiver reports she slept through the night.' }],
  },
  {
    id: 'hard-to-place',
    domain: 'identity',
    severity: 'avoid',
    message: 'Children are not hard to place; safe and nurturing families are hard to find.',
    forms: [
      { match: ['(hard-to-place|hard to place|difficult-to-place|difficult to place) (children|youth|kids|teens)'], suggestions: ['$2 for whom safe, nurturing families are hard to find'] },
      { match: ['(hard-to-place|hard to place|difficult-to-place|difficult to place) (child|youth|kid|teen)'], suggestions: ['$2 for whom a safe, nurturing family is hard to find'] },
    ],
    sources: [c.CWLA, c.TACT],
    examples: [{ text: 'The county has few homes for hard-to-place teens.', fixed: 'The county has few homes for teens for whom safe, nurturing families are hard to find.' }],
  },
  {
    id: 'damaged',
    domain: 'identity',
    severity: 'avoid',
    message: 'Children are not damaged; they have experienced trauma.',
    forms: [
      { match: ['(is|was|so|too|very|emotionally|psychologically) damaged'], suggestions: ['$1 affected by trauma'] },
      { match: ['damaged (child|children|youth|kid|kids|girl|boy|goods)'], suggestions: ['$1 who has experienced trauma'] },
    ],
    context: { excludeNear: ['property', 'car', 'vehicle', 'door', 'window', 'wall', 'phone', 'tv', 'furniture', 'laptop', 'room'] },
    sources: [c.CWLA],
    examples: [{ text: 'Caregiver says yth is too damaged to live in a family.', fixed: 'Caregiver says yth is too affected by trauma to live in a family.' }],
    counterexamples: ['Yth damaged the door during the incident.'],
  },
  {
    id: 'removed',
    domain: 'identity',
    severity: 'consider',
    message: 'The strength-based phrasing is that a child was separated from their family, not removed like an object.',
    forms: [{ match: ['(was|were|been) removed from (her|his|their|the) (mother|father|parents|mom|dad|family|home|care)'], suggestions: ['$1 separated from $2 $3'] }],
    sources: [c.CWLA],
    examples: [{ text: 'Yth was removed from her mother in 2019.', fixed: 'Yth was separated from her mother in 2019.' }],
  },
  {
    id: 'unaccompanied-alien',
    domain: 'identity',
    severity: 'consider',
    message: 'Outside legal citations, describe the child as an unaccompanied immigrant or migrant child.',
    forms: [{ match: ['unaccompanied alien (child|children|minor|minors)'], suggestions: ['unaccompanied immigrant $1'] }],
    context: { excludeNear: ['uac', 'orr', 'statute', 'usc', 'code', 'program'] },
    sources: [c.VA_IDENTITY],
    examples: [{ text: 'Yth entered the U.S. as an unaccompanied alien minor.', fixed: 'Yth entered the U.S. as an unaccompanied immigrant minor.' }],
  },
  {
    id: 'anchor-baby',
    domain: 'identity',
    severity: 'avoid',
    message: "\"Anchor baby\" is a slur on children born to immigrant parents; say U.S.-born child.",
    forms: [
      { match: ["anchor baby"], suggestions: ["U.S.-born child"] },
      { match: ["anchor babies"], suggestions: ["U.S.-born children"] },
    ],
    sources: [c.VA_IDENTITY],
    examples: [
      { text: "Neighbor called the infant an anchor baby.", fixed: "Neighbor called the infant a U.S.-born child." },
    ],
  },
  {
    id: 'immigration-slur',
    domain: 'identity',
    severity: 'avoid',
    message: "Slurs about immigrants have no place in a record; say immigrant, or the status if it matters.",
    forms: [
      { match: ["(wetback|wetbacks|illegal immigrant family|illegal family)"], suggestions: ["immigrant family"] },
    ],
    sources: [c.VA_IDENTITY],
    examples: [
      { text: "The report refers to an illegal family on Elm St.", fixed: "The report refers to an immigrant family on Elm St." },
    ],
  },
  {
    id: 'real-parent',
    domain: 'identity',
    severity: 'consider',
    message: "\"Real\" parent implies the caregivers are not real; say birth parent.",
    forms: [
      { match: ["(her|his|their) real (mom|mother|dad|father|parents|family)"], suggestions: ["$1 birth $2"] },
    ],
    sources: [c.CWLA],
    examples: [
      { text: "Yth wants to see her real mom at Christmas.", fixed: "Yth wants to see her birth mom at Christmas." },
    ],
  },
  {
    id: 'gave-up-for-adoption',
    domain: 'identity',
    severity: 'consider',
    message: "\"Gave up\" implies abandonment; say the parent placed the child for adoption.",
    forms: [
      { match: ["(gave|gives|give) (her|him|them|the baby|the child|the infant) up for adoption"], suggestions: ["placed $2 for adoption"] },
    ],
    sources: [c.CWLA],
    examples: [
      { text: "Mother gave him up for adoption in 2012.", fixed: "Mother placed him for adoption in 2012." },
    ],
  },
  {
    id: 'illegitimate',
    domain: 'identity',
    severity: 'consider',
    message: "No child is illegitimate; say born to unmarried parents if it matters at all.",
    forms: [
      { match: ["illegitimate (child|children|son|daughter|baby)"], suggestions: ["$1 born to unmarried parents"] },
    ],
    sources: [c.CWLA],
    examples: [
      { text: "Father has an illegitimate son in Fresno.", fixed: "Father has a son born to unmarried parents in Fresno." },
    ],
  },
  {
    id: 'sexual-preference',
    domain: 'identity',
    severity: 'consider',
    message: "Sexual orientation is not a preference; say sexual orientation.",
    forms: [
      { match: ["sexual preference"], suggestions: ["sexual orientation"] },
      { match: ["(gay|homosexual|alternative) lifestyle"], suggestions: ["sexual orientation"] },
    ],
    sources: [c.PACT_DIGNITY],
    examples: [
      { text: "Caregiver asked about her sexual preference.", fixed: "Caregiver asked about her sexual orientation." },
    ],
  },
  {
    id: 'admitted-gay',
    domain: 'identity',
    severity: 'consider',
    message: "Coming out is not a confession; say the youth came out or shared their identity.",
    forms: [
      { match: ["(admitted|confessed) to being (gay|lesbian|bisexual|transgender|trans|queer|bi)"], suggestions: ["came out as $2"] },
    ],
    sources: [c.PACT_DIGNITY],
    examples: [
      { text: "Yth admitted to being gay during the session.", fixed: "Yth came out as gay during the session." },
    ],
  },
  {
    id: 'wheelchair-bound',
    domain: 'identity',
    severity: 'consider',
    message: "A wheelchair gives freedom, not confinement; say the person uses a wheelchair.",
    forms: [
      { match: ["(is|was) (wheelchair-bound|wheelchair bound|confined to a wheelchair)"], suggestions: ["uses a wheelchair"] },
      { match: ["handicapped"], suggestions: ["disabled"], context: { notBefore: ['parking', 'spot', 'space', 'stall', 'restroom', 'placard'] } },
    ],
    sources: [c.CWLA],
    examples: [
      { text: "Grandmother is wheelchair-bound and cannot climb stairs.", fixed: "Grandmother uses a wheelchair and cannot climb stairs." },
    ],
  },
  {
    id: 'unwed-mother',
    domain: 'identity',
    severity: 'consider',
    message: "\"Unwed\" judges a parent by marital status; say single mother or father.",
    forms: [
      { match: ["unwed (mother|father|mom|dad|parent|parents|mothers)"], suggestions: ["single $1"] },
    ],
    sources: [c.CWLA],
    examples: [
      { text: "She was an unwed mother at 16.", fixed: "She was a single mother at 16." },
    ],
  },
  {
    id: 'the-disabled',
    domain: 'identity',
    severity: 'consider',
    message: "Person-first: people with disabilities, not \"the disabled\".",
    forms: [{ match: ["the (disabled|handicapped|mentally disabled)"], suggestions: ["people with disabilities"] }],
    sources: [c.CWLA],
    examples: [{ text: "The program serves the disabled in the county.", fixed: "The program serves people with disabilities in the county." }],
  },
  {
    id: 'welfare-mom',
    domain: 'identity',
    severity: 'consider',
    message: 'Labels like "welfare mom" shame a parent for needing support; the guidance says all people deserve respect and dignity.',
    forms: [
      { match: ['(welfare mom|welfare mother|welfare queen|welfare mum)'], suggestions: ['parent receiving public assistance'] },
      { match: ['(welfare moms|welfare mothers|welfare queens)'], suggestions: ['parents receiving public assistance'] },
    ],
    sources: [c.PACT_DIGNITY],
    examples: [{ text: 'Paternal grandmother called mother a welfare queen during the TDM.', fixed: 'Paternal grandmother called mother a parent receiving public assistance during the TDM.' }],
  },
  {
    id: 'baby-mama',
    domain: 'identity',
    severity: 'consider',
    message: 'Slang like "baby mama" belittles a parent; name the relationship, such as co-parent or the child’s mother.',
    forms: [
      { match: ['(baby mama|baby momma|baby mamma|babymama|baby’s mama|baby\'s mama)'], suggestions: ['co-parent'] },
      { match: ['(baby daddy|baby’s daddy|baby\'s daddy|babydaddy)'], suggestions: ['co-parent'] },
    ],
    sources: [c.PACT_DIGNITY],
    examples: [
      { text: 'Father lives with his baby mama in Fresno.', fixed: 'Father lives with his co-parent in Fresno.' },
      { text: 'Yth says her baby daddy is helping with diapers.', fixed: 'Yth says her co-parent is helping with diapers.' },
    ],
  },
];
