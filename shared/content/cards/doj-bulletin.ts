/** Cards from CA DOJ Information Bulletin 2021-DLE-04 (seed doj-2021-dle-04). */
import type { Card } from '../types.js';
import { DOJ, card, src } from './define.js';

export const dojCards: Card[] = [
  card({
    id: 'sb-1322',
    title: 'SB 1322: minors are not prosecuted for prostitution',
    summary: 'Since 2016, CSE minors are victims to protect, not offenders to prosecute.',
    audiences: ['law-enforcement', 'probation', 'worker', 'trainer'],
    topics: ['law', 'cse', 'language'],
    kind: 'definition',
    body: [
      { type: 'paragraph', text: 'In 2016, the passage of Senate Bill (SB) 1322 made the laws that criminalize soliciting or engaging in prostitution inapplicable to children/youth under 18 years of age. SB1322 made the following changes to existing law:' },
      {
        type: 'list',
        items: [
          'CSE minors may no longer be prosecuted for soliciting or engaging in prostitution and, in turn, may not be detained in a county juvenile justice center on suspicion of that crime;',
          'Continues to require a child abuse and neglect report be made to the local county child welfare agency should officers encounter a minor involved in a commercial sex act; and',
          'Allows temporary protective custody pursuant to Welfare and Institutions Code section 300, subdivision (b), for either release to placement or a legal parent or guardian.',
        ],
      },
      { type: 'callout', text: 'Officers must take an approach that is welfare and safety oriented, including the use of trauma-informed rapport building and increased collaboration with community providers.' },
    ],
    related: ['what-to-avoid', 'le-role-choice', 'cse-definition'],
    rules: ['exploitation/prostitute', 'exploitation/prostitution'],
    sources: [
      src(DOJ, 'Statutory Change', 'CSE minors may no longer be prosecuted for soliciting or engaging in prostitution'),
      src(DOJ, 'Statutory Change', 'including the use of trauma-informed rapport building and increased collaboration with community providers'),
    ],
  }),
  card({
    id: 'stages-of-change',
    title: 'Stages of change: behaviours you may observe',
    summary: 'Pre-Contemplation, Contemplation, Determination, Action, Maintenance; youth enter and exit stages several times.',
    audiences: ['worker', 'probation', 'caregiver', 'law-enforcement', 'trainer'],
    topics: ['stages of change', 'engagement', 'assessment'],
    kind: 'table',
    body: [
      {
        type: 'table',
        head: ['Stage', 'Behavior'],
        rows: [
          ['Pre-Contemplation', 'Defensive, confrontational, angry. Denies involvement in the life, or admits involvement, but does not believe it is a problem. Defends the exploiter, and/or professes care, love, and loyalty to them.'],
          ['Contemplation', 'Less defensive and more open to talking about experiences. Not yet ready to leave, but is processing the abuse.'],
          ['Determination', "More responsive to and engaged with support. Answers exploiter's calls less frequently."],
          ['Action', 'May still engage with purchasers for financial stability. Decreased incidences of running away from current placement and/or law enforcement. Open to support, communicates openly.'],
          ['Maintenance', 'Open and connected to services and a new support system.'],
        ],
      },
      { type: 'paragraph', text: 'Progression through these stages is different for every youth. Recovery is not immediate, nor is it consistent. As such, youth may enter and exit stages several times before they are willing or able to leave an exploitative situation.' },
      {
        type: 'callout',
        text: "The SOC model does have limitations, as it does not take into consideration other factors that impede a young person's ability to change, such as threats or acts of violence from their exploiter/abuser, or unmet basic needs.",
      },
    ],
    related: ['le-role-choice', 'hr-active-exploitation', 'exploiter-in-cft'],
    sources: [
      src(DOJ, 'The Harm Reduction Approach', 'youth may enter and exit stages several times before they are willing or able to leave an exploitative'),
      src(DOJ, 'The Harm Reduction Approach', 'Defends the exploiter, and/or professes care, love, and loyalty to them'),
      src(DOJ, 'The Harm Reduction Approach', 'The SOC model does have limitations'),
    ],
  }),
  card({
    id: 'le-role-choice',
    title: 'Law enforcement’s role: the illusion of choice',
    summary: 'CSE of minors is child abuse; youth who say they chose it are conditioned to say so.',
    audiences: ['law-enforcement', 'probation', 'worker', 'trainer'],
    topics: ['law enforcement', 'choice', 'language', 'engagement'],
    kind: 'definition',
    body: [
      { type: 'paragraph', text: 'Harm reduction allows for mindful and authentic engagement that will build trust with the youth. Most importantly, it recognizes that change is difficult, and that it may take a period of time before a youth is willing or able to leave an exploitative situation.' },
      {
        type: 'paragraph',
        text: 'Central to the effective use of a harm reduction approach is the understanding that the commercial sexual exploitation of minors is child abuse, and that CSE youth do not feel they have a choice as to whether or not to engage in the exploitative behavior.',
      },
      { type: 'paragraph', text: 'For those youth who do not have an exploiter, but rather are engaging in survival sex, this too remains a form of abuse and exploitation.' },
      {
        type: 'paragraph',
        text: "This illusion of choice often leads CSE youth to be uncooperative with law enforcement, displaying anger, combativeness, and/or defiance. It is important to remember that even when a youth presents this way, or states that they chose to engage in the life, that they are conditioned to do so.",
      },
    ],
    related: ['cse-dynamics', 'what-to-avoid', 'stages-of-change'],
    rules: ['exploitation/chose-to-be-exploited', 'behavior/uncooperative', 'behavior/defiant', 'behavior/combative'],
    sources: [
      src(DOJ, "Law Enforcement's Role in Utilizing Harm Reduction Strategies to Address Commercial Sexual Exploitation", 'the commercial sexual exploitation of minors is child abuse'),
      src(DOJ, "Law Enforcement's Role in Utilizing Harm Reduction Strategies to Address Commercial Sexual Exploitation", 'even when a youth presents this way, or states that they chose to engage in the life, that they are conditioned to do so'),
    ],
  }),
  card({
    id: 'le-recovery-interview',
    title: 'Recovery and the initial interview',
    summary: 'A "win" is not the amount of facts obtained, but building trust: meet basic needs and create a soft space.',
    audiences: ['law-enforcement', 'worker', 'probation', 'trainer'],
    topics: ['law enforcement', 'interview', 'engagement', 'recovery'],
    kind: 'table',
    body: [
      { type: 'paragraph', text: 'This first interaction’s focus should be solely about the victim and getting to know them, reconciling that a "win" is not related to the amount of facts obtained, but rather building trust.' },
      {
        type: 'table',
        head: ['Action/Behavior', 'Strategies'],
        rows: [
          [
            'Angry, defiant, combative, shut down, "I choose to do this, nobody makes me."',
            'Offer food, clothing, a nap, or to meet any other basic needs; consider keeping emergency backpacks on hand. Allow time for decompression. Create a "soft space" for interviewing. Allow the youth to make a phone call to a verifiable support person.',
          ],
          [
            'Nervous, Evasive, Preoccupied',
            'Establish your role and purpose-remind youth they are not in trouble or under arrest. If a phone is seized, attempt to process it as soon as possible so that it can be returned to the youth.',
          ],
          [
            'Disoriented',
            "Trauma impacts a youth's ability to recall information. Exploiters may use chemical substances to control their victims; be mindful a youth may be under the influence or coming down. Ensure youth have access to food and sleep.",
          ],
        ],
      },
      { type: 'heading', text: 'Other strategies to consider' },
      {
        type: 'checklist',
        items: [
          'Contact local child welfare agency and/or sexual assault recovery advocate for support during the initial interview.',
          'Be aware of local community based organizations to connect youth with immediately.',
          'Create multidisciplinary first responder protocol.',
          'Use discretion when using handcuffs.',
          "If any photos need to be taken of youth to document evidence, ask the youth's preference regarding who takes the photos, and offer the presence of an advocate if possible.",
          'Listen to the youth’s story with an open mind.',
          'It is likely you will recover the same youth multiple times. Continue engaging, maintain patience, and focus on building rapport.',
        ],
      },
    ],
    related: ['le-ongoing-investigation', 'trauma-informed-care', 'what-to-avoid'],
    sources: [
      src(DOJ, '1. Recovery/Initial Interview', 'a "win" is not related to the amount of facts obtained, but rather building trust'),
      src(DOJ, '1. Recovery/Initial Interview', 'Create a "soft space" for interviewing.'),
      src(DOJ, '1. Recovery/Initial Interview', 'It is likely you will recover the same youth multiple times.'),
    ],
  }),
  card({
    id: 'le-ongoing-investigation',
    title: 'Ongoing investigation: AWOL, placement changes, changing narratives',
    summary: 'Stay engaged while a youth is missing; check in on well-being, not the case.',
    audiences: ['law-enforcement', 'worker', 'probation', 'trainer'],
    topics: ['law enforcement', 'missing from care', 'investigation', 'engagement'],
    kind: 'table',
    body: [
      { type: 'paragraph', text: 'AWOL is part of the healing process. Harm reduction acknowledges this and engages CSE youth at all times, whether stable or not, recognizing that consistency and rapport building is the way to long term stability.' },
      {
        type: 'table',
        head: ['Challenge/Behavior', 'Strategies'],
        rows: [
          [
            'Frequent AWOL',
            'Remain engaged and stay in contact with youth if possible, even while missing from placement. Avoid checking in for the sake of the case; rather, check-in on their well-being. Identify any basic needs they may have. Meet in a neutral location without pressuring them to return to care or provide case information.',
          ],
          ['Frequent Placement Changes', 'Identify a consistent point of contact for the youth. Meet with each new placement provider/caregiver.'],
          ['Inconsistent Communication', 'Maintain frequent contact with the youth. Determine with youth the best and safest way to maintain contact (an alias, social media, weekly check-ins, a “safe word”).'],
          ['Ongoing/Changing Narrative', 'Acknowledge that youth will share more as they become more comfortable; do not accuse youth of being dishonest unless certain it is the case.'],
        ],
      },
      { type: 'heading', text: 'Other strategies to consider' },
      {
        type: 'checklist',
        items: [
          'Keep the youth informed and remain as transparent and honest as possible.',
          'Help the youth to develop a sense of safety in order to facilitate them sharing their experience.',
          'Utilize National Center for Missing and Exploited Children (NCMEC) for support in locating missing minors.',
          'Avoid causing a youth to feel like interviews are simply fact finding missions; build a relationship and take interest in the youth’s life and interests.',
          'Utilize Children’s Advocacy Centers for additional supports in interviewing and accessing services.',
        ],
      },
    ],
    related: ['missing-from-care-approach', 'hr-leaving-care', 'le-prosecution'],
    rules: ['missing', 'behavior/liar'],
    sources: [
      src(DOJ, '2. Ongoing Investigation', 'Regardless, AWOL is part of the healing'),
      src(DOJ, '2. Ongoing Investigation', 'Avoid checking in for the sake of the case; rather, check-in on their well-being.'),
      src(DOJ, '2. Ongoing Investigation', 'do not accuse youth of being dishonest unless certain it is the case'),
    ],
  }),
  card({
    id: 'le-prosecution',
    title: 'Prosecution: preparing and protecting a youth who testifies',
    summary: 'Be honest about the process, empower the youth, and safety-plan for before, during and after testimony.',
    audiences: ['law-enforcement', 'worker', 'probation'],
    topics: ['law enforcement', 'prosecution', 'testimony', 'safety plan'],
    kind: 'checklist',
    body: [
      { type: 'paragraph', text: 'For most CSE youth, the most difficult part of a case is testifying.' },
      {
        type: 'checklist',
        items: [
          'Utilize District Attorney Victim Advocate for support.',
          'Be honest and explain the process for testimony in its entirety.',
          'Empower youth and help them regain a sense of power through this process.',
          'Consult with the local District Attorney and explore alternatives to in-person testimony if possible.',
          'For in-person testimonies, allow youth to have a support person sit with them on the witness stand.',
          'Request for courtroom to be closed to the public due to sensitive nature of the case and the victim’s juvenile status.',
          'Recognize and be considerate of the dangers the youth may be putting themselves in by testifying.',
          'Create a safety plan, in coordination with the youth’s support system, for how the victim can be protected and remain safe prior to, during, and most importantly, following testimony.',
          'If youth is in custody when testifying, allow for them to appear in plain clothes and without restraints.',
        ],
      },
    ],
    related: ['le-resolution', 'le-ongoing-investigation'],
    sources: [src(DOJ, '3. Prosecutorial Submission', 'For most CSE youth, the most difficult part of a case is testifying.')],
  }),
  card({
    id: 'le-resolution',
    title: 'Resolution: after the case closes',
    summary: 'Traumatic impact does not end at resolution: connect the youth to supports and update the safety plan.',
    audiences: ['law-enforcement', 'worker', 'probation'],
    topics: ['law enforcement', 'resolution', 'safety plan'],
    kind: 'checklist',
    body: [
      { type: 'paragraph', text: 'Traumatic impact does not end for a victim at the resolution of a case.' },
      {
        type: 'checklist',
        items: [
          "Ensure the District Attorney's office is connecting youth to appropriate victim assistance services.",
          'Review/update the safety plan with youth regarding what to do should they feel in danger or receive threats.',
          'Ensure the youth is aware of how information regarding the case (sentencing, release, etc.) will be provided in the future.',
          'Recognize the space you occupied in their life throughout this process. Set up any parameters for future communication and support the youth may seek.',
        ],
      },
    ],
    related: ['le-prosecution', 'what-to-avoid'],
    sources: [src(DOJ, '4. Resolution', 'Traumatic impact does not end for a victim at the resolution of a case.')],
  }),
  card({
    id: 'what-to-avoid',
    title: 'What to avoid with youth who are exploited',
    summary: 'Never call a youth a prostitute, assume they chose it, or place blame or shame.',
    audiences: ['law-enforcement', 'worker', 'probation', 'caregiver', 'provider', 'trainer'],
    topics: ['language', 'what to avoid', 'engagement'],
    kind: 'checklist',
    body: [
      {
        type: 'paragraph',
        text: 'A harm reduction approach ultimately requires patience, consistency, and a recognition that lasting change will take time. A rescue mentality that seeks an immediate and complete break in the abusive relationship has proven ineffective. Assuming victims have a choice to leave will only result in their disengagement and distrust.',
      },
      { type: 'heading', text: 'Do not' },
      {
        type: 'checklist',
        items: [
          'Be complacent—keep moving forward and do not give up.',
          'Overlook details and make assumptions.',
          'Assume the youth chose to be exploited, or wanted to be doing this—even if they repeatedly say they did.',
          'Place blame or shame on the youth.',
          'Refer to the youth as a prostitute, or reference their “prostitution” in any way.',
          'Focus immediately or solely on their exploitative history.',
          'Make threats of criminal action should a youth not be cooperative.',
        ],
      },
    ],
    related: ['le-role-choice', 'sb-1322', 'cse-dynamics'],
    rules: ['exploitation', 'behavior/uncooperative'],
    sources: [
      src(DOJ, '5. What to Avoid', 'Refer to the youth as a prostitute, or reference their “prostitution” in any way.'),
      src(DOJ, '5. What to Avoid', 'Assume the youth chose to be exploited, or wanted to be doing this'),
      src(DOJ, '5. What to Avoid', 'a rescue mentality that seeks an immediate and complete break in the abusive relationship has proven ineffective'),
    ],
  }),
];
