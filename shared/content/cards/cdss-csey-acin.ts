/** Cards from the CDSS CSEY slides (cdss-csey-hr) and ACIN I-57-17 (acin-i-57-17). */
import type { Card } from '../types.js';
import { ACIN, CSEY, card, src } from './define.js';

export const cseyAcinCards: Card[] = [
  card({
    id: 'ca-prevalence',
    title: "California's child welfare prevalence",
    summary: '3,418 youth identified as victims of, or at risk for, CSE since 2015; average age of entry 12.',
    audiences: ['worker', 'probation', 'supervisor', 'trainer'],
    topics: ['cse', 'prevalence', 'risk factors'],
    kind: 'definition',
    body: [
      {
        type: 'list',
        items: [
          '3,418 youth identified as victims of, or at risk for, commercial sexual exploitation since 2015',
          'Average age of entry into the life is 12 years old',
          'Vulnerable populations include LGBTQ, tribal youth, underreported male victims',
        ],
      },
    ],
    related: ['cse-risk-factors', 'cse-definition'],
    sources: [src(CSEY, "California's Child Welfare Prevalence", '3,418 youth identified as victims of, or at risk for, commercial sexual exploitation since 2015')],
  }),
  card({
    id: 'cannot-control-you',
    title: '"If we can\'t control you, we can\'t help you" is not our response',
    summary: 'Will Lightbourne on staying engaged when a youth returns to an exploiter.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'supervisor', 'trainer'],
    topics: ['engagement', 'harm reduction', 'missing from care'],
    kind: 'definition',
    body: [
      { type: 'quote', text: 'When "relapse" refers to a low-level illness, it is thought of as unfortunate.' },
      {
        type: 'quote',
        text: 'When it describes a child leaving a place of safety, reconnecting with an exploiter, and placing himself or herself in what may be grave physical as well as psychological danger, it offends every instinct of a responsible adult – whether professional, caregiver, or parent. And with that sense of offense is the real danger that since we cannot ensure the protection of the victimized child, we may decline to engage them because of the risk to our own reputations.',
      },
      { type: 'quote', text: 'But our response cannot be "If we can\'t control you, we can\'t help you."', cite: 'Will Lightbourne, Former CDSS Director' },
      { type: 'paragraph', text: 'Harm reduction in practice: best practice vs. promising practice; concept; historical application; application, limitations, macro vs. micro.' },
    ],
    related: ['missing-from-care-approach', 'hr-how-why'],
    sources: [src(CSEY, 'Harm Reduction and Commercially Sexually Exploited Youth', 'But our response cannot be "If we can\'t control you, we can\'t help you."')],
  }),
  card({
    id: 'multiple-partners-approach',
    title: 'Traditional vs harm-reduction approach: multiple partners and sexual health',
    summary: 'Explore the needs these relationships meet and offer sexual and reproductive health advice in the moment.',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'trainer'],
    topics: ['sexual health', 'comparison', 'relationships'],
    kind: 'comparison',
    body: [
      {
        type: 'comparison',
        left: {
          label: 'Traditional approach',
          items: ['Discourage the youth from their actions and explain how/why they are wrong', 'Plead with the youth to immediately discontinue from engaging with multiple sexual partners'],
        },
        right: {
          label: 'Harm reduction approach',
          items: [
            'Explore what aspects of these relationships the youth enjoys/ what needs are being met and think of ways to meet those needs in a safer way',
            'Offer sexual and reproductive health advice in the moment, such as the use of a lubricant with spermicide, keeping some clothing on, etc.',
          ],
        },
      },
    ],
    related: ['hr-active-exploitation', 'conventional-vs-hr', 'exploiter-in-cft'],
    rules: ['exploitation/promiscuous'],
    sources: [src(CSEY, 'Harm Reduction in Practice', 'Offer sexual and reproductive health advice in the moment')],
  }),
  card({
    id: 'exploiter-in-cft',
    title: 'Including a suspected exploiter in the CFT',
    summary: 'Honor the youth’s feelings of connection and plan how to keep the youth and team safe while involving the person.',
    audiences: ['worker', 'probation', 'supervisor', 'trainer'],
    topics: ['cft', 'comparison', 'relationships', 'exploitation'],
    kind: 'comparison',
    body: [
      {
        type: 'comparison',
        left: { label: 'Traditional approach', items: ["Exclusion of a suspected exploiter from a CFT despite the youth's desire to have them included as a support person."] },
        right: {
          label: 'Harm reduction approach',
          items: [
            "Honor the youth's feelings of connectivity to their exploiter and consider how you can keep the youth and the team safe while involving the suspected exploiter in the CFT.",
            "This builds trust, dispels feelings of shame, and shows the youth's feelings are of value.",
          ],
        },
      },
    ],
    related: ['conventional-vs-hr', 'hr-violence-relationships', 'stages-of-change'],
    rules: ['practice/exclude-from-cft', 'behavior/bad-influence', 'exploitation/boyfriend'],
    sources: [
      src(CSEY, 'Harm Reduction in Practice', 'Exclusion of a suspected exploiter from a CFT'),
      src(CSEY, 'Harm Reduction in Practice', "This builds trust, dispels feelings of shame, and shows the youth's feelings are of value."),
    ],
  }),
  card({
    id: 'promising-practices',
    title: 'Six components of promising practice for serving CSEC',
    summary: 'Safety planning, collaboration, trust, cultural competence, trauma-informed programming and survivor involvement.',
    audiences: ['provider', 'worker', 'probation', 'supervisor', 'trainer'],
    topics: ['promising practices', 'providers', 'planning'],
    kind: 'checklist',
    body: [
      {
        type: 'checklist',
        items: [
          'Safety and support planning for the youth, caregivers, and the staff serving them',
          'Collaboration across the multiple systems and agencies',
          'Trust and relationship building to foster consistency',
          'Culturally competent and appropriate service provision',
          'Trauma-informed programming',
          'Survivor involvement in the development and implementation of programming',
        ],
      },
      { type: 'paragraph', text: 'Exploited youth often come in and out of placement, and at every touch point providers should focus on being that youth’s stable and trusted adult.' },
    ],
    related: ['csec-needs-services', 'relationship-based-approach', 'trauma-informed-care'],
    sources: [
      src(ACIN, 'Promising Practices', 'Survivor involvement in the development and implementation of programming'),
      src(ACIN, 'Preliminary Vision for CSEC Providers', 'at every touch point providers should focus on being that youth’s stable and trusted adult'),
    ],
  }),
  card({
    id: 'csec-needs-services',
    title: 'CSEC needs and services for placements',
    summary: 'Treatment and holistic needs, and the services, models and treatment types placements can offer.',
    audiences: ['provider', 'worker', 'probation', 'supervisor'],
    topics: ['services', 'providers', 'placement', 'treatment'],
    kind: 'checklist',
    body: [
      {
        type: 'paragraph',
        text: 'Identified treatment and holistic needs for CSEC includes: Basic care and supervision, medical services, mental health services, substance abuse treatment, legal advocacy, long term housing, transportation, job training, independent living skills, mentoring, educational support and childcare in some instances.',
      },
      { type: 'heading', text: 'Foster care placements: Resource Families, Intensive Services Foster Care, Short-term Residential Therapeutic Program' },
      {
        type: 'list',
        items: [
          'Training: commercial sexual exploitation, grief and loss, trauma informed care and triggers, Stages of Change',
          'Alarm systems',
          'Behavioral specialist identified for 24/7 intervention response',
          'Caregivers trained in trauma-informed mental health services to be available 24/7',
          'Support system centered around family and youth.',
          'Survivor/Peer/Youth advocate/support',
          'CSEC specific therapy',
          'Wraparound and Aftercare services',
          'Collaborative partnership with local law enforcement and Community Care Licensing regional office partners',
          'Legal services- victim advocacy, expungement, immigration relief, family court, restitution',
        ],
      },
      { type: 'heading', text: 'Models/approaches' },
      {
        type: 'list',
        items: [
          'Mental health and substance abuse services', 'Family Education & Support services', 'Career planning and vocational skills', 'Trauma-informed treatment',
          'Independent Living Skills', 'Recreational programming', 'Survivor-led mentoring', 'Individual counseling', 'Qualified caregivers and intensive staffing 24/7',
          'Positive engagement strategies including youth participation incentives', 'Treatment and intervention for sexual assault',
          'Open bed policy for youth to come in and out of care', 'Protocols that support the continuity of services', "Mentor families'/Parent partners",
          'Family finding/efforts to support permanency',
        ],
      },
      { type: 'heading', text: 'Treatment types' },
      {
        type: 'list',
        items: [
          'Relationship Based Approach', 'Trauma Informed Care', 'Harm Reduction Strategies', 'Trauma-Focused Cognitive Behavioral Therapy', 'Dialectical Behavior Therapy',
          'Talk Therapy', 'Individual Psychotherapy', 'Exposure Therapy', 'Group Therapy', 'Eye Movement Desensitization and Reprocessing', 'Positive Energy Processing',
          'Neuro-Linguistic Programming', 'Somatic Therapy', 'Wellness Recovery Action Planning', 'Pet or Equine Therapy',
        ],
      },
      { type: 'callout', text: 'The table is not meant to be an all-inclusive list and many of the listed services are fluid and can cross over between Home Based Foster Care and Short-term Residential Therapeutic Programs.' },
    ],
    related: ['promising-practices', 'relationship-based-approach'],
    sources: [
      src(ACIN, 'Promising Practices', 'Identified treatment and holistic needs for CSEC includes'),
      src(ACIN, 'Preliminary Vision for CSEC Providers', 'Open bed policy for youth to come in and out of care'),
    ],
  }),
  card({
    id: 'relationship-based-approach',
    title: 'Relationship-based approach',
    summary: 'Supportive professional relationships, and discipline that is not punitive, because healing involves relapse.',
    audiences: ['provider', 'caregiver', 'worker', 'probation', 'trainer'],
    topics: ['relationships', 'engagement', 'punishment'],
    kind: 'definition',
    body: [
      {
        type: 'paragraph',
        text: 'A relationship-based approach involves developing and sustaining supportive professional relationships in unique and challenging situations and necessitates providers to re-evaluate their disciplinary methods.',
      },
      { type: 'paragraph', text: 'Punitive disciplinary methods may not be appropriate when working with CSEC because the healing process for CSEC often involves behavior relapse and resistance to services.' },
      { type: 'paragraph', text: 'Positive relationships create feelings of trust and security that can assist in the recovery of CSEC.' },
    ],
    related: ['trauma-informed-care', 'hr-how-why', 'promising-practices'],
    rules: ['behavior/resistant', 'behavior/refused-services', 'practice'],
    sources: [src(ACIN, 'Relationship-Based Approach', 'Punitive disciplinary methods may not be appropriate when working with CSEC')],
  }),
  card({
    id: 'trauma-informed-care',
    title: 'Trauma-informed care: "What happened to you?"',
    summary: 'Shift the question from "What is wrong with you?" to "What happened to you?"',
    audiences: ['worker', 'probation', 'caregiver', 'provider', 'law-enforcement', 'trainer'],
    topics: ['trauma-informed care', 'language', 'engagement'],
    kind: 'definition',
    body: [
      {
        type: 'paragraph',
        text: 'A trauma-informed approach recognizes the widespread impact of trauma and understands potential paths for recovery; recognizes the signs and symptoms of trauma in clients, families, staff and others involved with the system; and responds by fully integrating knowledge about trauma into policies, procedures and practices and seeks to actively resist re-traumatization.',
      },
      { type: 'quote', text: 'Trauma-informed care acknowledges the role that trauma has played in patients\' lives, shifting the question from "What is wrong with you?" to "What happened to you?"' },
      { type: 'paragraph', text: 'Providing care in a trauma-informed manner promotes positive outcomes for CSEC, whom have experienced multifaceted levels of trauma, including trauma prior to exploitation.' },
    ],
    related: ['relationship-based-approach', 'hr-icpm', 'le-recovery-interview'],
    rules: ['mental-health', 'behavior'],
    sources: [
      src(ACIN, 'Trauma-Informed Care', 'shifting the question from "What is wrong with you?" to "What happened to you?"'),
      src(ACIN, 'Trauma-Informed Care', 'seeks to actively resist re-traumatization'),
    ],
  }),
  card({
    id: 'hr-strategies-csec',
    title: 'Harm reduction strategies with CSEC',
    summary: 'Prevent the harms of a behaviour, knowing youth may continue to be exploited; any positive change is useful.',
    audiences: ['provider', 'worker', 'probation', 'caregiver', 'trainer'],
    topics: ['harm reduction', 'sexual health', 'empowerment'],
    kind: 'definition',
    body: [
      {
        type: 'paragraph',
        text: 'Harm reduction strategies (HRS) focus on the prevention of harms associated with a particular behavior rather than prevention of that behavior and the individuals who continue to engage in the problematic behavior despite the harms.',
      },
      { type: 'paragraph', text: 'In the context of commercial sexual exploitation, the strategies are used with the idea that youth may continue to be exploited, may be unable or unwilling to leave the exploitative relationship and that any positive change in behavior is useful.' },
      { type: 'quote', text: "Harm reduction services are designed to meet people's needs where they currently are in their lives." },
      {
        type: 'list',
        items: [
          'Educate CSEC about the common myths regarding safe sex and protection.',
          'Preventative measures should be integrated in order to reduce potential harm associated with diseases, infections and pregnancies.',
          'If any harm does occur, CSEC must have access to adequate medical and mental health care.',
          'Encourage collaboration between local Community Care Licensing offices, placement staff, and local law enforcement.',
        ],
      },
      { type: 'quote', text: 'would allow them to care for each other safely and empower them to make safe choices.', cite: 'Exploited youth who advocate for the implementation of a harm reduction model' },
    ],
    related: ['hr-definition', 'hr-active-exploitation', 'promising-practices'],
    sources: [
      src(ACIN, 'Harm Reduction Strategies', 'that any positive change in behavior is useful'),
      src(ACIN, 'Harm Reduction Strategies', "Harm reduction services are designed to meet people's needs where they currently are in their lives."),
    ],
  }),
];
