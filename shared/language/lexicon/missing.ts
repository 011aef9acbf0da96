/** Missing from care: words that frame a youth's absence as desertion or crime. */
import type { RuleFamily } from './format.js';
import * as c from './cite.js';

const PLACE = '(placement|the placement|her placement|his placement|their placement|the group home|the home|the strtp|strtp|the facility|foster care|care|the shelter|her foster home|his foster home|the foster home|her caregiver|his caregiver)';

export const missing: RuleFamily[] = [
  {
    id: 'awol',
    domain: 'missing',
    severity: 'avoid',
    message: 'AWOL is a military term for desertion; "missing from care" describes the youth’s situation without blame.',
    forms: [
      { match: ['(went|goes|go|going|gone) (AWOL|A.W.O.L)'], suggestions: ['$1 missing from care'] },
      { match: ['(is|was|were|been|remains|remained) (AWOL|A.W.O.L)'], suggestions: ['$1 missing from care'] },
      { match: ['AWOL (status)', 'A.W.O.L status'], suggestions: ['missing-from-care status'] },
      { match: ['(AWOLed|AWOL’d|AWOL\'d|awoled)'], suggestions: ['went missing from care'] },
      { match: ['(AWOLs|AWOLS)'], suggestions: ['episodes of going missing from care'] },
      { match: ['(AWOL|A.W.O.L)'], suggestions: ['missing from care'] },
    ],
    sources: [c.HR_AWOL_CHOICE, c.HR_MISSING_FROM_CARE, c.WA_DCYF],
    examples: [
      { text: 'Yth went AWOL from the STRTP on 10/14 at approx 2200.', fixed: 'Yth went missing from care from the STRTP on 10/14 at approx 2200.' },
      { text: 'Minor remains AWOL and her phone goes to voicemail.', fixed: 'Minor remains missing from care and her phone goes to voicemail.' },
      { text: 'She has had three AWOLs since August.', fixed: 'She has had three episodes of going missing from care since August.' },
      { text: 'AWOL protocol was followed by staff.', fixed: 'Missing from care protocol was followed by staff.' },
    ],
  },
  {
    id: 'runaway',
    domain: 'missing',
    severity: 'avoid',
    message: '"Runaway" labels the youth by the behaviour and hides why they left; describe the youth as missing from care.',
    forms: [
      { match: ['(runaway|run-away)'], suggestions: ['youth missing from care'] },
      { match: ['(runaways|run-aways)'], suggestions: ['youth missing from care'] },
      { match: ['(chronic|habitual|frequent|serial) (runaway|runner|run-away)'], suggestions: ['youth who often goes missing from care'] },
      { match: ['(chronic|habitual|frequent|serial) (runaways|runners)'], suggestions: ['youth who often go missing from care'] },
    ],
    context: { notBefore: ['and homeless youth', 'youth act', 'train', 'truck', 'ramp', 'bride', 'hit', 'success', 'victory', 'lane'] },
    sources: [c.HR_MISSING_FROM_CARE, c.WA_DCYF, c.TACT],
    examples: [
      { text: 'Yth is a chronic runaway from placement.', fixed: 'Yth is a youth who often goes missing from care from placement.' },
      { text: 'Referral lists her as a runaway.', fixed: 'Referral lists her as a youth missing from care.' },
    ],
    counterexamples: ['Youth was referred to the Runaway and Homeless Youth program.', 'The runaway truck ramp is near the placement.'],
  },
  {
    id: 'ran-away',
    domain: 'missing',
    severity: 'consider',
    message: '"Ran away" frames leaving as defiance; the guidance asks you to see leaving care as something to plan for, not only the youth’s choice.',
    forms: [
      { match: [`ran away from ${PLACE}`], suggestions: ['left $1 without permission'] },
      { match: [`runs away from ${PLACE}`], suggestions: ['leaves $1 without permission'] },
      { match: [`run away from ${PLACE}`], suggestions: ['leave $1 without permission'] },
      { match: [`running away from ${PLACE}`], suggestions: ['leaving $1 without permission'] },
    ],
    sources: [c.PACT_LEAVES_CARE, c.HR_AWOL_CHOICE],
    examples: [
      { text: 'Yth ran away from placement after the visit was cancelled.', fixed: 'Yth left placement without permission after the visit was cancelled.' },
      { text: 'She keeps running away from the group home on weekends.', fixed: 'She keeps leaving the group home without permission on weekends.' },
    ],
  },
  {
    id: 'absconded',
    domain: 'missing',
    severity: 'avoid',
    message: '"Absconded" is criminal-justice language for flight; say the youth went missing or left without permission.',
    forms: [
      { match: ['absconded'], suggestions: ['went missing'] },
      { match: ['(absconding|abscond)'], suggestions: ['going missing'] },
      { match: ['absconds'], suggestions: ['goes missing'] },
      { match: ['absconder'], suggestions: ['youth who went missing'] },
      { match: ['absconders'], suggestions: ['youth who went missing'] },
    ],
    sources: [c.TACT, c.HR_MISSING_FROM_CARE],
    examples: [
      { text: 'Minor absconded from placement on 3/2.', fixed: 'Minor went missing from placement on 3/2.' },
      { text: 'He has a history of absconding from group homes.', fixed: 'He has a history of going missing from group homes.' },
    ],
  },
  {
    id: 'eloped',
    domain: 'missing',
    severity: 'consider',
    message: '"Eloped" is facility jargon that hides where the youth is and why they left; say the youth left without permission.',
    forms: [
      { match: ['eloped'], suggestions: ['left without permission'] },
      { match: ['(eloping|elopement)'], suggestions: ['leaving without permission'] },
      { match: ['elopes'], suggestions: ['leaves without permission'] },
    ],
    context: { requireNear: ['placement', 'facility', 'unit', 'strtp', 'shelter', 'hospital', 'school', 'campus', 'program', 'staff', 'home', 'cottage', 'yth', 'youth', 'minor', 'client', 'resident'], excludeNear: ['married', 'marry', 'wedding', 'fiance', 'fiancé', 'bride', 'groom', 'vegas'] },
    sources: [c.PACT_LEAVES_CARE, c.TACT],
    examples: [{ text: 'Yth eloped from the unit during the fire drill.', fixed: 'Yth left without permission from the unit during the fire drill.' }],
    counterexamples: ['Her parents eloped to Las Vegas and married in 2005.'],
  },
  {
    id: 'on-the-run',
    domain: 'missing',
    severity: 'consider',
    message: '"On the run" sounds like a fugitive; describe the youth as missing from care.',
    forms: [{ match: ['on the run'], suggestions: ['missing from care'] }],
    context: { requireNear: ['placement', 'yth', 'youth', 'minor', 'since', 'awol', 'missing', 'she', 'he', 'they', 'strtp', 'home'], excludeNear: ['warrant', 'suspect', 'father', 'dad', 'mother', 'mom', 'boyfriend', 'trafficker', 'exploiter', 'police chase'] },
    sources: [c.HR_MISSING_FROM_CARE],
    examples: [{ text: 'Yth has been on the run since Friday.', fixed: 'Yth has been missing from care since Friday.' }],
    counterexamples: ['The suspect has been on the run since the warrant issued.'],
  },
  {
    id: 'runaway-behavior',
    domain: 'missing',
    severity: 'consider',
    message: 'The guidance speaks of leaving care and asks you to plan for it; "runaway behavior" and "flight risk" label the youth.',
    forms: [
      { match: ['(runaway|running|run away|run-away|awol|AWOL) (behavior|behaviour|behaviors|behaviours)'], suggestions: ['leaving care'] },
      { match: ['(flight|elopement|runaway|awol|AWOL) risk'], suggestions: ['risk of leaving care'] },
    ],
    sources: [c.PACT_LEAVES_CARE],
    examples: [
      { text: 'Placement is concerned about her runaway behavior.', fixed: 'Placement is concerned about her leaving care.' },
      { text: 'Yth is considered a flight risk.', fixed: 'Yth is considered a risk of leaving care.' },
    ],
  },
  {
    id: 'whereabouts-unknown',
    domain: 'missing',
    severity: 'consider',
    message: 'The guidance asks workers to stay engaged while a youth is missing; "whereabouts unknown" can be kept, but say the youth is missing from care.',
    forms: [{ match: ['(on|in) (awol|AWOL|runaway) status'], suggestions: ['missing from care'] }],
    sources: [c.DOJ_MISSING],
    examples: [{ text: 'Yth has been on runaway status for 10 days.', fixed: 'Yth has been missing from care for 10 days.' }],
  },
  {
    id: 'took-off',
    domain: 'missing',
    severity: 'consider',
    message: "\"Took off\" or \"bolted\" frames leaving care as flight; say the youth left without permission and plan for it.",
    forms: [
      { match: ["(took off|takes off|bolted|bolts|fled|flees|split) from (placement|the placement|the group home|the home|the unit|the shelter|the facility|the strtp|school|staff)"], suggestions: ["left $2 without permission"] },
    ],
    sources: [c.PACT_LEAVES_CARE],
    examples: [
      { text: "Yth bolted from the group home after dinner.", fixed: "Yth left the group home without permission after dinner." },
    ],
  },
  {
    id: 'runaway-report',
    domain: 'missing',
    severity: 'consider',
    message: "The guidance speaks of youth missing from care; a \"runaway report\" is a missing person report.",
    forms: [
      { match: ["(runaway|awol|AWOL) (report|reports)"], suggestions: ["missing person $2"] },
    ],
    sources: [c.HR_MISSING_FROM_CARE],
    examples: [
      { text: "SW filed a runaway report with the sheriff.", fixed: "SW filed a missing person report with the sheriff." },
    ],
  },
  {
    id: 'sneaked-out',
    domain: 'missing',
    severity: 'consider',
    message: "\"Sneaking out\" makes leaving sound deceitful; say the youth left without permission.",
    forms: [
      { match: ["(sneaking|snuck|sneaked|sneaks) out"], suggestions: ["left without permission"] },
    ],
    sources: [c.PACT_LEAVES_CARE],
    examples: [
      { text: "Staff found that yth snuck out around midnight.", fixed: "Staff found that yth left without permission around midnight." },
    ],
  },
  {
    id: 'runaway-girl',
    domain: 'missing',
    severity: 'avoid',
    message: "\"Runaway\" labels the youth by the behaviour; describe the youth as missing from care.",
    forms: [{ match: ["(runaway girl|runaway boy|runaway teen|runaway minor|runaway child|runaway kid)"], suggestions: ["youth missing from care"] }],
    sources: [c.HR_MISSING_FROM_CARE, c.WA_DCYF],
    examples: [{ text: "The flyer describes her as a runaway teen.", fixed: "The flyer describes her as a youth missing from care." }],
  },
];
