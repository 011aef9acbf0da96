/**
 * Practice: conventional responses the guidance counsels against. These flag what a note says was
 * done, so they are `consider`: the worker may be recording someone else's decision.
 */
import type { RuleFamily } from './format.js';
import * as c from './cite.js';

const PHONE = '(phone|cell phone|cellphone|cell|iphone|device)';
const WHOSE = '(her|his|their|the|yth’s|yth\'s|yths|youth’s|youth\'s|youths|minor’s|minor\'s)';

export const practice: RuleFamily[] = [
  {
    id: 'phone-taken-away',
    domain: 'practice',
    severity: 'consider',
    message: 'Taking away a phone as punishment is a conventional response the guidance counsels against: a phone is a lifeline and a connection to community.',
    forms: [
      { match: [`(took|take|takes|taking|taken) ${WHOSE} ${PHONE} away`, `(took|take|takes|taking|taken) away ${WHOSE} ${PHONE}`], suggestions: ['made a safety plan for $2 $3 use'] },
      { match: [`(confiscated|confiscate|confiscates|confiscating|removed|revoked) ${WHOSE} ${PHONE}`], suggestions: ['made a safety plan for $2 $3 use'] },
      { match: [`${WHOSE} ${PHONE} (was|were|has been) (taken away|confiscated|taken)`], suggestions: ['a safety plan was made for $1 $2 use'] },
    ],
    context: { excludeNear: ['evidence', 'warrant', 'forensic', 'detective', 'seized', 'returned', 'process'] },
    sources: [c.HR_PHONE_PUNISHMENT],
    examples: [
      { text: 'Staff took her phone away after she came back late.', fixed: 'Staff made a safety plan for her phone use after she came back late.' },
      { text: 'Caregiver confiscated his cell phone for a week.', fixed: 'Caregiver made a safety plan for his cell phone use for a week.' },
    ],
    counterexamples: ['LE seized her phone as evidence and will process it so it can be returned.'],
  },
  {
    id: 'earn-phone-back',
    domain: 'practice',
    severity: 'consider',
    message: 'Requiring a child to earn a phone with "good" behaviour is a conventional response; the guidance treats the phone as a lifeline.',
    forms: [
      { match: [`(earn|earns|earned|earning) ${WHOSE}? ${PHONE} back`, `(earn|earns|earned|earning) back ${WHOSE}? ${PHONE}`], suggestions: ['agree on safer phone use'] },
      { match: [`${PHONE} (will be|is|was) returned (when|if|once|after) (she|he|they|yth|youth)`], suggestions: ['phone plan was agreed with $4'] },
      { match: [`(get|gets|getting) ${WHOSE} ${PHONE} back (when|if|once|after)`], suggestions: ['agree on safer phone use $4'] },
    ],
    sources: [c.HR_PHONE_EARN, c.PACT_NOT_JUDGMENTAL],
    examples: [
      { text: 'Yth can earn her phone back with a week of good behavior.', fixed: 'Yth can agree on safer phone use with a week of good behavior.' },
      { text: 'Yth will get her phone back when she follows the house rules.', fixed: 'Yth will agree on safer phone use when she follows the house rules.' },
    ],
    counterexamples: ['Yth earned a reward for attending every session.'],
  },
  {
    id: 'phone-ban',
    domain: 'practice',
    severity: 'consider',
    message: 'A blanket policy prohibiting phones is a conventional response; consider a nuanced response that keeps the youth connected and safer.',
    forms: [
      { match: [`(is|are|was|were) not allowed (to have )?(a )?${PHONE}`], suggestions: ['$1 on a phone safety plan'] },
      { match: [`(banned|prohibited) from having (a )?${PHONE}`], suggestions: ['on a phone safety plan'] },
      { match: ['(phones|cell phones) (are|were) (banned|prohibited|not allowed)'], suggestions: ['$1 $2 covered by a safety plan'] },
      { match: ['(no phones|no phone|no cell phones|no cell phone|no cellphones|no cellphone) (policy|rule)'], suggestions: ['phone safety planning $2'] },
    ],
    context: { excludeNear: ['school', 'class', 'classroom', 'court', 'courtroom', 'exam', 'test', 'church', 'bathroom', 'shower', 'no phone number', 'number'] },
    sources: [c.HR_PHONE_BAN],
    examples: [
      { text: 'Placement rules say yth is not allowed to have a phone.', fixed: 'Placement rules say yth is on a phone safety plan.' },
      { text: 'The group home has a no cell phone policy for new youth.', fixed: 'The group home has a phone safety planning policy for new youth.' },
    ],
  },
  {
    id: 'restrictive-placement-punishment',
    domain: 'practice',
    severity: 'consider',
    message: 'A more restrictive placement as a response to leaving care or unsafe behaviour can re-traumatize a child; the guidance favours harm-reduction planning.',
    forms: [
      { match: ['(more|higher level of|higher) (restrictive|secure|locked) (placement|setting|level of care)', 'higher level of care'], suggestions: ['placement that meets the youth’s needs'], context: { requireNear: ['punish', 'punishment', 'consequence', 'because', 'after', 'awol', 'ran', 'running', 'left', 'leaving', 'missing', 'behavior', 'behaviour', 'again', 'due'] } },
      { match: ['step (her|him|them|yth|youth|the youth) up to (a |an )?(strtp|STRTP|juvenile hall|hall|camp|locked facility|higher level of care)'], suggestions: ['move $1 to a placement that meets needs'], context: { requireNear: ['punish', 'punishment', 'consequence', 'because', 'after', 'awol', 'awols', 'ran', 'left', 'missing', 'due'] } },
      { match: ['stepped (her|him|them|yth|youth|the youth) up to (a |an )?(strtp|STRTP|juvenile hall|hall|camp|locked facility|higher level of care)'], suggestions: ['moved $1 to a placement that meets needs'], context: { requireNear: ['punish', 'punishment', 'consequence', 'because', 'after', 'awol', 'awols', 'ran', 'left', 'missing', 'due'] } },
      { match: ['stepping (her|him|them|yth|youth|the youth) up to (a |an )?(strtp|STRTP|juvenile hall|hall|camp|locked facility|higher level of care)'], suggestions: ['moving $1 to a placement that meets needs'], context: { requireNear: ['punish', 'punishment', 'consequence', 'because', 'after', 'awol', 'awols', 'ran', 'left', 'missing', 'due'] } },
      { match: ['steps (her|him|them|yth|youth|the youth) up to (a |an )?(strtp|STRTP|juvenile hall|hall|camp|locked facility|higher level of care)'], suggestions: ['moves $1 to a placement that meets needs'], context: { requireNear: ['punish', 'punishment', 'consequence', 'because', 'after', 'awol', 'awols', 'ran', 'left', 'missing', 'due'] } },
      { match: ['(move|moved|moving|place|placed|placing|send|sent|sending) (her|him|them|yth|youth|the youth) (to|in|into) (a |an )?(locked facility|locked placement|secure facility|juvenile hall|the hall|camp)'], suggestions: ['$1 $2 $3 a placement that meets needs'], context: { requireNear: ['punish', 'punishment', 'consequence', 'because', 'bc', 'b/c', 'awol', 'awols', 'ran', 'running', 'missing'], excludeNear: ['arrest', 'arrested', 'charge', 'charges', 'charged', 'warrant', 'judge', 'court', 'ordered', 'detention hearing'] } },
      { match: ['(step up|stepped up|stepping up|step-up) to (a |an )?(strtp|STRTP|juvenile hall|hall|camp|locked facility|higher level of care)'], suggestions: ['change to a placement that meets needs'], context: { requireNear: ['punish', 'punishment', 'consequence', 'because', 'after', 'awol', 'ran', 'left', 'missing', 'due'] } },
    ],
    sources: [c.HR_RESTRICTIVE, c.HR_RETRAUMATIZE],
    examples: [
      { text: 'Team recommends a more restrictive placement because of the AWOLs.', fixed: 'Team recommends a placement that meets the youth’s needs because of the AWOLs.' },
      { text: 'PO plans on stepping her up to an STRTP because she left again.', fixed: 'PO plans on moving her to a placement that meets needs because she left again.' },
    ],
  },
  {
    id: 'as-punishment',
    domain: 'practice',
    severity: 'consider',
    message: 'Punishment for unsafe behaviour is a conventional response that may push youth back toward it; record the safety plan or the natural consequence instead.',
    forms: [
      { match: ['as (a )?(punishment|consequence) (for|of) (running|leaving|awol|AWOLing|going missing|coming back late|relapsing|using|being out|staying out|contacting|talking to|texting)'], suggestions: ['after $4'] },
      { match: ['as (a )?(punishment|consequence) (for|of) (her|his|their) (awols|AWOLs|awol|AWOL|running|leaving|relapse|use|behavior|behaviour)'], suggestions: ['after $4 $5'] },
    ],
    sources: [c.HR_PUNISHMENT, c.ACIN_PUNITIVE, c.HR_NOT_PUNITIVE],
    examples: [
      { text: 'Her outings were cancelled as punishment for running.', fixed: 'Her outings were cancelled after running.' },
      { text: 'Visits with her cousin were stopped as a consequence of her AWOLs.', fixed: 'Visits with her cousin were stopped after her AWOLs.' },
    ],
  },
  {
    id: 'exclude-from-cft',
    domain: 'practice',
    severity: 'consider',
    message: 'Excluding someone the youth wants as a support person from the CFT is a conventional response; consider how to involve them safely.',
    forms: [
      { match: [`(excluded|exclude|excluding|barred|banned|not allowed|not invited|removed) (her|his|their|the) (boyfriend|girlfriend|partner|friend|friends|cousin|uncle|aunt|mother|father|mom|dad|suspected exploiter) from (the )?(cft|CFT|team meeting|child and family team)`], suggestions: ['planned how to involve $2 $3 in $4 $5 safely'] },
    ],
    sources: [c.CSEY_CFT, c.HR_BAD_INFLUENCES],
    examples: [{ text: 'Team excluded her boyfriend from the CFT despite her request.', fixed: 'Team planned how to involve her boyfriend in the CFT safely despite her request.' }],
  },
  {
    id: 'zero-tolerance',
    domain: 'practice',
    severity: 'consider',
    message: 'Zero-tolerance and abstinence-only demands are conventional responses that can make a youth less safe; harm reduction meets the youth where they are.',
    forms: [
      { match: ['(zero tolerance|zero-tolerance) (policy|approach|rule)'], suggestions: ['harm-reduction approach'] },
      { match: ['(demanded|demand|demands|require|required|requires) (complete |total )?abstinence'], suggestions: ['agreed on safer-use goals'] },
    ],
    context: { notBefore: ['for violence', 'for weapons', 'for abuse', 'policy on weapons'] },
    sources: [c.HR_ABSTINENCE],
    examples: [{ text: 'Placement has a zero tolerance policy for substance use.', fixed: 'Placement has a harm-reduction approach for substance use.' }],
  },
  {
    id: 'lectured',
    domain: 'practice',
    severity: 'consider',
    message: 'Lecturing or pleading is the traditional approach; the guidance suggests exploring what needs the behaviour meets.',
    forms: [
      { match: ['lectured (her|him|them|the youth|yth|youth|minor) (about|on|regarding)'], suggestions: ['talked with $1 $2'] },
      { match: ['(being|was|is|been|got|gets) lectured (by|about|on)'], suggestions: ['$1 talked to $2'] },
      { match: ['(explained|told) (her|him|them|yth|youth) (how|why) (it|this|that|her behavior|his behavior|her behaviour|his behaviour) (is|was) wrong'], suggestions: ['explored with $2 what needs $4 meets'] },
    ],
    sources: [c.CSEY_LECTURE],
    examples: [
      { text: 'SW lectured her about staying out late.', fixed: 'SW talked with her about staying out late.' },
      { text: 'Yth says she was lectured by the PO about her friends.', fixed: 'Yth says she was talked to by the PO about her friends.' },
    ],
    counterexamples: ['The professor lectured on trauma at the county training.'],
  },
  {
    id: 'shamed',
    domain: 'practice',
    severity: 'consider',
    message: 'Shame for unsafe behaviour is a conventional response the guidance counsels against; it drives youth away from the adults who can help.',
    forms: [
      { match: ['(shamed|shaming|embarrassed|humiliated) (her|him|them|the youth|yth|youth) (about|for|in front of)'], suggestions: ['talked privately with $2 $3'] },
    ],
    sources: [c.HR_SHAME, c.DOJ_BLAME],
    examples: [{ text: 'Staff shamed her about the photos in group.', fixed: 'Staff talked privately with her about the photos in group.' }],
  },
  {
    id: 'threatened-charges',
    domain: 'practice',
    severity: 'consider',
    message: 'The guidance warns against threatening criminal action when a youth does not cooperate.',
    forms: [
      { match: ['(threatened|threaten|threatening) (her|him|them|yth|youth|the youth|the minor) with (charges|arrest|juvenile hall|jail|detention|a violation|a probation violation)'], suggestions: ['explained the process to $2'] },
      { match: ['(was|were|been|being) threatened with (charges|arrest|juvenile hall|jail|detention|camp|a violation|a probation violation)'], suggestions: ['$1 told about the process'] },
    ],
    sources: [c.DOJ_THREATS],
    examples: [
      { text: 'Officer threatened her with charges if she did not talk.', fixed: 'Officer explained the process to her if she did not talk.' },
      { text: 'Yth was threatened with juvenile hall if she runs again.', fixed: 'Yth was told about the process if she runs again.' },
    ],
  },
  {
    id: 'forbade-contact',
    domain: 'practice',
    severity: 'consider',
    message: "Demanding that a youth cut off people important to them is a conventional response; the guidance asks how to involve them safely.",
    forms: [
      { match: ["(forbade|forbid|forbids|banned|prohibited) (her|him|them) from (seeing|contacting|talking to|texting)"], suggestions: ["asked $2 to plan safer contact instead of $3"] },
    ],
    sources: [c.HR_BAD_INFLUENCES, c.CSEY_CFT],
    examples: [
      { text: "Caregiver forbade her from seeing her friends.", fixed: "Caregiver asked her to plan safer contact instead of seeing her friends." },
    ],
  },
  {
    id: 'scared-straight',
    domain: 'practice',
    severity: 'consider',
    message: "Scare tactics and threats are conventional responses the guidance counsels against.",
    forms: [
      { match: ["(scare|scared) (her|him|them) straight", "scared straight"], suggestions: ["honest conversation about risks"] },
    ],
    sources: [c.DOJ_THREATS, c.HR_SHAME],
    examples: [
      { text: "PO suggested a scared straight tour of the hall.", fixed: "PO suggested an honest conversation about risks tour of the hall." },
    ],
  },
  {
    id: 'grounded-for-running',
    domain: 'practice',
    severity: 'consider',
    message: 'Punishing a youth for leaving care is a conventional response the guidance counsels against; plan for safety with the youth instead.',
    forms: [
      { match: ['(grounded|restricted) (her|him|them|yth|youth) (for|after) (awol|AWOL|awoling|AWOLing|running|running away|leaving|going missing|being missing|being gone|coming back late|returning late)'], suggestions: ['made a safety plan with $2 after $4'] },
      { match: ['(was|were|is|been) grounded (for|after) (awol|AWOL|awoling|AWOLing|running|running away|leaving|going missing|being missing|being gone|coming back late|returning late)'], suggestions: ['$1 part of a safety plan after $3'] },
    ],
    sources: [c.HR_PUNISHMENT, c.ACIN_PUNITIVE],
    examples: [
      { text: 'Caregiver grounded her for running away last weekend.', fixed: 'Caregiver made a safety plan with her after running away last weekend.' },
      { text: 'Yth was grounded for coming back late from the mall.', fixed: 'Yth was part of a safety plan after coming back late from the mall.' },
    ],
  },
  {
    id: 'privileges-revoked',
    domain: 'practice',
    severity: 'consider',
    message: 'Taking away outings, passes or privileges as punishment is a conventional response; the guidance says punitive discipline may not be appropriate with CSEC.',
    forms: [
      { match: ['(took away|revoked|suspended|pulled|cancelled|canceled) (her|his|their) (privileges|outings|passes|home passes|outing privileges|phone privileges|level)'], suggestions: ['reviewed the safety plan for $2 $3'] },
      { match: ['(lost|loses|losing) (all )?(her|his|their) (privileges|outings|passes|home passes|outing privileges|phone privileges)'], suggestions: ['had a safety plan review of $3 $4'] },
    ],
    context: { excludeNear: ['court', 'judge', 'order', 'ordered', 'minute order'] },
    sources: [c.ACIN_PUNITIVE, c.HR_PUNISHMENT],
    examples: [
      { text: 'Staff took away her passes for two weeks after the AWOL.', fixed: 'Staff reviewed the safety plan for her passes for two weeks after the AWOL.' },
      { text: 'Yth lost her outing privileges for the month.', fixed: 'Yth had a safety plan review of her outing privileges for the month.' },
    ],
  },
  {
    id: 'room-restriction',
    domain: 'practice',
    severity: 'consider',
    message: 'Restriction or lockdown as a consequence is punishment for unsafe behaviour, a conventional response the guidance counsels against.',
    forms: [
      { match: ['(placed|put|kept|keeping|placing) (her|him|them|yth|youth|the youth) on (room restriction|restriction|lockdown|lock down|house arrest|full restriction)'], suggestions: ['made a safety plan with $2'] },
      { match: ['(was|were|been|is) (placed|put|kept) on (room restriction|lockdown|lock down|house arrest|full restriction)'], suggestions: ['$1 given a safety plan'] },
      { match: ['(is|was|has been|remains) on (room restriction|full restriction|lockdown|lock down|house arrest)'], suggestions: ['$1 on a safety plan'] },
    ],
    sources: [c.HR_PUNISHMENT, c.HR_RETRAUMATIZE],
    examples: [
      { text: 'Caregiver placed her on room restriction for the weekend.', fixed: 'Caregiver made a safety plan with her for the weekend.' },
      { text: 'Yth has been on lockdown since she returned from AWOL.', fixed: 'Yth has been on a safety plan since she returned from AWOL.' },
    ],
  },
  {
    id: 'forbidden-contact',
    domain: 'practice',
    severity: 'consider',
    message: 'Forbidding contact with a partner or friends cuts the youth off and vilifies people important to them; the guidance suggests a safety plan for that contact instead.',
    forms: [
      { match: ['(not allowed|forbidden|banned|prohibited|not permitted) (to see|from seeing|to talk to|to contact|from contacting|to text) (her|his|their) (boyfriend|girlfriend|bf|gf|friends|friend|partner|cousin)'], suggestions: ['on a safety plan for contact with $3 $4'] },
    ],
    context: { excludeNear: ['court', 'order', 'restraining', 'judge', 'protective', 'cpo', 'tro', 'stay away', 'no contact order', 'probation terms', 'terms'] },
    sources: [c.HR_BAD_INFLUENCES, c.CSEY_MULTIPLE],
    examples: [
      { text: 'Caregiver told SW yth is not allowed to see her boyfriend until the next CFT.', fixed: 'Caregiver told SW yth is on a safety plan for contact with her boyfriend until the next CFT.' },
      { text: 'Yth is forbidden from contacting her friends from the old school.', fixed: 'Yth is on a safety plan for contact with her friends from the old school.' },
    ],
    counterexamples: ['Per the court order yth is not allowed to contact her boyfriend.'],
  },
  {
    id: 'cut-off-contact',
    domain: 'practice',
    severity: 'consider',
    message: 'Demanding an immediate break from a relationship has proven ineffective; the guidance asks workers to explore what needs the relationship meets.',
    forms: [
      { match: ['(told|ordered|instructed|demanded) (her|him|them|yth|youth|the youth) (to )?(cut off contact with|stop seeing|stop talking to|stop contacting|end things with|break up with)'], suggestions: ['explored with $2 what needs are met by'] },
    ],
    sources: [c.DOJ_RESCUE, c.CSEY_MULTIPLE],
    examples: [
      { text: 'SW told her to stop seeing the older male she met online.', fixed: 'SW explored with her what needs are met by the older male she met online.' },
      { text: 'Mother ordered yth to break up with her boyfriend.', fixed: 'Mother explored with yth what needs are met by her boyfriend.' },
    ],
  },
  {
    id: 'tough-love',
    domain: 'practice',
    severity: 'consider',
    message: '"Tough love" usually means punishment; the guidance asks probation and providers to be flexible and positive, not punitive.',
    forms: [{ match: ['tough love'], suggestions: ['a supportive, non-punitive approach'] }],
    sources: [c.HR_NOT_PUNITIVE, c.ACIN_PUNITIVE],
    examples: [{ text: 'Caregiver believes in tough love and will not change the rules.', fixed: 'Caregiver believes in a supportive, non-punitive approach and will not change the rules.' }],
  },
  {
    id: 'consequenced',
    domain: 'practice',
    severity: 'consider',
    message: '"Consequenced" usually records a punishment for unsafe behaviour, a conventional response the guidance counsels against.',
    forms: [
      { match: ['(was|were|is|been|got|be) consequenced (for|after)'], suggestions: ['$1 supported after'] },
      { match: ['consequenced (her|him|them|yth|youth) (for|after)'], suggestions: ['supported $1 after'] },
    ],
    sources: [c.HR_PUNISHMENT, c.ACIN_PUNITIVE],
    examples: [
      { text: 'Yth was consequenced for returning late from her pass.', fixed: 'Yth was supported after returning late from her pass.' },
      { text: 'Staff consequenced her for using her phone after 10.', fixed: 'Staff supported her after using her phone after 10.' },
    ],
  },
];
