/**
 * The Stages of Change as CA DOJ Bulletin 2021-DLE-04 presents them for youth who are exploited:
 * the behaviours are the bulletin's; the goals, prompts and cautions are Rapport's wording of
 * strategies the seeds give, each citing the passage it rests on. Prompts are open questions and
 * reflections in the spirit of motivational interviewing, which the PACT material recommends.
 */
import type { SourceRef } from '../language/types.js';
import { CSEY, DOJ, HR, PACT, src } from './cards/define.js';

export type StageId = 'precontemplation' | 'contemplation' | 'determination' | 'action' | 'maintenance';

export const STAGE_IDS: readonly StageId[] = ['precontemplation', 'contemplation', 'determination', 'action', 'maintenance'];

export interface Stage {
  id: StageId;
  /** As the DOJ bulletin names it. */
  name: string;
  /** Other names in use ("Preparation" for Determination). */
  alsoCalled?: string[];
  /** 1-based position in the model. */
  order: number;
  /** Behaviours the bulletin lists, verbatim. */
  behaviours: string[];
  goals: string[];
  prompts: string[];
  avoid: string[];
  related: string[];
  sources: SourceRef[];
}

const SOC = 'The Harm Reduction Approach';
const MI = src(PACT, 'HR for active exploitation, cont.', 'Utilizing MI strategies to find focus and enhance change talk');

export const stages: readonly Stage[] = [
  {
    id: 'precontemplation',
    name: 'Pre-Contemplation',
    order: 1,
    behaviours: [
      'Defensive, confrontational, angry',
      'Denies involvement in the life, or admits involvement, but does not believe it is a problem',
      'Defends the exploiter, and/or professes care, love, and loyalty to them',
    ],
    goals: [
      'Build trust: a "win" is not the amount of facts obtained',
      'Meet basic needs first (food, clothing, rest, a phone call to a support person)',
      'Keep engaging and stay in contact, even while the youth is missing from placement',
    ],
    prompts: [
      'What do you need right now to feel okay?',
      'What matters most to you in your life right now?',
      'It sounds like they have been there for you when others were not.',
      'Who do you feel safe with? Where do you feel safe?',
    ],
    avoid: [
      'Assuming the youth chose to be exploited, even if they say so',
      'Placing blame or shame on the youth',
      'Vilifying the people important to the youth as "bad influences"',
      'Pressing for case facts or an immediate break from the relationship',
    ],
    related: ['what-to-avoid', 'le-role-choice', 'exploiter-in-cft', 'le-recovery-interview'],
    sources: [
      src(DOJ, SOC, 'Defends the exploiter, and/or professes care, love, and loyalty to them'),
      src(DOJ, '1. Recovery/Initial Interview', 'a "win" is not related to the amount of facts obtained, but rather building trust'),
      src(DOJ, '2. Ongoing Investigation', 'Remain engaged and stay in contact with youth if possible, even while missing from placement.'),
      src(HR, 'Conventional vs Harm Reduction Approach: Missing From Care', 'Where do they feel safe'),
      src(PACT, 'HR for active exploitation, cont.', 'What brings them joy?'),
      src(DOJ, '5. What to Avoid', 'Place blame or shame on the youth.'),
      MI,
    ],
  },
  {
    id: 'contemplation',
    name: 'Contemplation',
    order: 2,
    behaviours: ['Less defensive and more open to talking about experiences', 'Not yet ready to leave, but is processing the abuse'],
    goals: [
      'Explore ambivalence without pushing for a decision',
      'Explore what needs the relationship meets and other ways to meet them',
      'Listen with an open mind; the story will come out over time and may not be linear',
    ],
    prompts: [
      'What is good about things the way they are? What is not so good?',
      'Part of you cares about them, and part of you is worried about what has been happening.',
      'What would need to be different for you to feel safer?',
      'If things stayed the same, what might the next year look like?',
    ],
    avoid: [
      'Arguing for change or explaining how/why the youth is wrong',
      'Accusing the youth of being dishonest when the story changes',
      'Focusing immediately or solely on the exploitative history',
    ],
    related: ['multiple-partners-approach', 'le-ongoing-investigation', 'hr-violence-relationships'],
    sources: [
      src(DOJ, SOC, 'Not yet ready to leave, but is processing the abuse'),
      src(PACT, 'HR for Substance Misuse, cont.', 'Apply Motivational Interview strategies to assess ambivalence'),
      src(CSEY, 'Harm Reduction in Practice', 'Explore what aspects of these relationships the youth enjoys/ what needs are being met'),
      src(DOJ, '1. Recovery/Initial Interview', 'There may be gaps in their story, and it may be presented in a non-linear fashion.'),
      src(DOJ, '2. Ongoing Investigation', 'do not accuse youth of being dishonest unless certain it is the case'),
      src(DOJ, '5. What to Avoid', 'Focus immediately or solely on their exploitative history.'),
      MI,
    ],
  },
  {
    id: 'determination',
    name: 'Determination',
    alsoCalled: ['Preparation'],
    order: 3,
    behaviours: ['More responsive to and engaged with support', "Answers exploiter's calls less frequently"],
    goals: [
      'Plan together: safer escape plans if and when the youth is ready',
      'Agree the best and safest way to stay in contact',
      'Increase the youth’s sense of control over their own life',
    ],
    prompts: [
      'What would be a first step that feels doable to you?',
      'What is the safest way for us to stay in touch?',
      'Who would you want in your corner as you make changes?',
      'You have been answering fewer of their calls. What has helped you do that?',
    ],
    avoid: ['Rushing the plan or setting the youth’s goals for them', 'Making threats of criminal action if the youth is not cooperative'],
    related: ['hr-violence-relationships', 'hr-leaving-care', 'hr-cell-phone-social-media'],
    sources: [
      src(DOJ, SOC, "Answers exploiter's calls less frequently"),
      src(PACT, 'HR strategies for Violence in Relationships', 'Discuss potential safer escape plans if and when they are ready/can leave'),
      src(DOJ, '2. Ongoing Investigation', 'Determine with youth the best and safest way to maintain contact.'),
      src(PACT, 'HR strategies for Violence in Relationships', "Discuss and increase the sense of control over the youth's own life"),
      src(DOJ, '5. What to Avoid', 'Make threats of criminal action should a youth not be cooperative.'),
      MI,
    ],
  },
  {
    id: 'action',
    name: 'Action',
    order: 4,
    behaviours: [
      'May still engage with purchasers for financial stability',
      'Decreased incidences of running away from current placement and/or law enforcement',
      'Open to support, communicates openly',
    ],
    goals: [
      'Reward incremental improvement and acknowledge any positive change',
      'Meet basic needs so the youth does not depend on the exploitative situation',
      'Keep the safety plan current, flexible and positive, not punitive',
    ],
    prompts: [
      'What has been working for you these past weeks?',
      'What do you need so you do not have to rely on anyone who hurts you for money, food or a place to stay?',
      'What could get in the way, and what would you do then?',
      'You have been staying more nights at placement. How have you made that happen?',
    ],
    avoid: ['Treating a setback as failure or a reason to stop engaging', 'Punishment or more restrictive placement for setbacks'],
    related: ['hr-active-exploitation', 'redefining-safety', 'probation-best-practices'],
    sources: [
      src(DOJ, SOC, 'May still engage with purchasers for financial stability'),
      src(HR, 'Conventional vs Harm Reduction Approach: Thinking outside the box', 'Reward youth for incremental improvement'),
      src(PACT, 'Harm Reduction Is:', 'Acknowledges ANY positive change an individual makes'),
      src(PACT, 'HR for active exploitation, cont.', 'Ways to meet basic needs without trafficker'),
      src(HR, 'Probation - HR Best Practices', 'Flexible and positive, not punitive'),
      src(HR, 'Redefining Safety:', 'Conventional interventions, such as more restrictive placements or punishment, re-traumatize a child'),
      MI,
    ],
  },
  {
    id: 'maintenance',
    name: 'Maintenance',
    order: 5,
    behaviours: ['Open and connected to services and a new support system'],
    goals: [
      'Keep the connection to services and the new support system',
      'Review and update the safety plan, including what to do if threats come',
      'Set parameters for future communication and support',
    ],
    prompts: [
      'What is helping you keep the changes you have made?',
      'Who are the people you count on now?',
      'If you started to feel pulled back, what would you notice first, and who would you call?',
    ],
    avoid: ['Assuming the work is finished: youth may enter and exit stages several times', 'Closing the door if the youth returns to an earlier stage'],
    related: ['le-resolution', 'stages-of-change', 'promising-practices'],
    sources: [
      src(DOJ, SOC, 'Open and connected to services and a new support system'),
      src(DOJ, '4. Resolution', 'Review/update the safety plan with youth regarding what to do should they feel in danger or receive threats.'),
      src(DOJ, '4. Resolution', 'Set up any parameters for future communication and support the youth may seek.'),
      src(DOJ, SOC, 'youth may enter and exit stages several times'),
      MI,
    ],
  },
];

/** What the model itself says it cannot see. */
export const stageModelLimits: { text: string; sources: SourceRef[] } = {
  text:
    "Progression is different for every youth: recovery is not immediate, nor is it consistent, and youth may enter and exit stages several times. The model does not take into consideration other factors that impede a young person's ability to change, such as threats or acts of violence from their exploiter/abuser, or unmet basic needs; change also requires external changes such as systems of care providing for basic needs and protecting youth from their exploiter.",
  sources: [
    src(DOJ, SOC, 'Recovery is not immediate, nor is it consistent.'),
    src(DOJ, SOC, 'such as threats or acts of violence from their exploiter/abuser, or unmet basic needs'),
    src(DOJ, SOC, 'but also requires external changes'),
  ],
};

const byId = new Map(stages.map((s) => [s.id, s]));

export function getStage(id: string): Stage | undefined {
  return byId.get(id as StageId);
}
