/**
 * The guidance the card, deck and stage-guide elements show, behind one small interface. The
 * content issue owns Rapport's cards and stages (`cards`, `stages`, `searchCards` in `rapport`);
 * until they land in `shared/`, this file carries a small set taken word for word from the seeds,
 * each line with its source, so the elements, the demo and their tests have real guidance to show.
 * Switching to the shared content changes this file only.
 */
import type { SourceRef } from '../../shared/index.js';

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'list'; items: string[] }
  | { type: 'steps'; items: string[] }
  | { type: 'checklist'; items: string[] }
  | { type: 'questions'; items: string[] }
  | { type: 'callout'; text: string }
  | { type: 'table'; head: string[]; rows: string[][] }
  | { type: 'comparison'; left: { label: string; items: string[] }; right: { label: string; items: string[] } };

export interface CardData {
  id: string;
  title: string;
  audiences: string[];
  topics: string[];
  body: Block[];
  related: string[];
  sources: SourceRef[];
}

export interface StageData {
  id: string;
  name: string;
  behaviours: string[];
  tryThis: string[];
  avoid: string[];
  limits: string;
  sources: SourceRef[];
}

const HR = 'cdss-hr-training';
const DOJ = 'doj-2021-dle-04';

const CARDS: CardData[] = [
  {
    id: 'hr-definition',
    title: 'Harm reduction: the definition (STRTP ILS §87001(h)(1))',
    audiences: ['workers', 'caregivers', 'trainers'],
    topics: ['harm reduction'],
    body: [
      { type: 'quote', text: '“Harm reduction” is a set of principles or practices used to meet the needs of children, with a focus on decreasing the negative impact of risky behaviors over time rather than attempting to immediately eliminate them altogether.' },
      { type: 'paragraph', text: 'Harm reduction centers on child engagement that is holistic, empowering, nonjudgmental and transparent.' },
    ],
    related: ['hr-levels-of-acceptance', 'hr-best-practices'],
    sources: [{ source: HR, section: 'Harm Reduction Definition: STRTP ILS §87001(h)(1)', quote: 'Harm reduction centers on child engagement that is holistic, empowering, nonjudgmental and transparent.' }],
  },
  {
    id: 'hr-levels-of-acceptance',
    title: 'Levels of acceptance',
    audiences: ['workers', 'caregivers', 'trainers'],
    topics: ['harm reduction', 'strategies'],
    body: [
      {
        type: 'steps',
        items: [
          'Education to make unsafe behavior safer – Very accepted!',
          'Providing assistance in case of unsafe behavior - mixed acceptance (condoms, Naloxone, and fentanyl test strips; emergency bag with basic needs in case child leaves placement; cell phone for safety purposes)',
          'Providing assistance to make safer a known unsafe behavior– least acceptance (knowing that a child is leaving to be exploited; knowing that a child is intoxicated)',
        ],
      },
    ],
    related: ['hr-definition', 'hr-best-practices'],
    sources: [{ source: HR, section: 'HR Levels of Acceptance', quote: 'Education to make unsafe behavior safer' }],
  },
  {
    id: 'hr-best-practices',
    title: 'HR best practices for providers (9 steps)',
    audiences: ['workers', 'caregivers', 'trainers'],
    topics: ['harm reduction', 'reassessment'],
    body: [
      { type: 'paragraph', text: 'Safe implementation of HR must follow licensing standards!' },
      {
        type: 'steps',
        items: [
          'What is the unsafe behavior or situation?',
          'What conventional interventions are not working?',
          'What are the related short-term and long-term goals?',
          "How might HR make the child's behavior/situation safer?",
          'Reassessment – how often should this be done? Is HR continuing to make the behavior/situation safer? Is there any progress, however incremental, on short-term and long-term goals? New risk factors?',
          'Decide to continue HR practice?',
          'Transparency - Consider having the child participate in all of the above; get their opinion every step of the way.',
          'Documentation – all of the above should be in Needs and Services Plan',
          'Communicate with CCL and social worker as often as needed',
        ],
      },
    ],
    related: ['risk-set-setting', 'hr-levels-of-acceptance'],
    sources: [{ source: HR, section: 'HR Best Practices for Providers', quote: 'Is there any progress, however incremental, on short-term and long-term goals?' }],
  },
  {
    id: 'risk-set-setting',
    title: 'Risk, Set, Setting',
    audiences: ['workers', 'caregivers'],
    topics: ['assessment'],
    body: [
      {
        type: 'list',
        items: [
          'Risk: What is the most pressing/riskiest issue?',
          'Set: What is the current mindset (thoughts, moods, expectations)',
          'Setting: What setting is the risky behavior occurring in?',
        ],
      },
    ],
    related: ['hr-best-practices'],
    sources: [{ source: 'pact-2023', section: 'Assessment Strategy: Risk, Set, Setting', quote: 'What is the current mindset (thoughts, moods, expectations)' }],
  },
  {
    id: 'what-to-avoid',
    title: 'What to avoid with youth who are exploited',
    audiences: ['law enforcement', 'workers', 'trainers'],
    topics: ['language', 'engagement'],
    body: [
      { type: 'paragraph', text: 'A harm reduction approach ultimately requires patience, consistency, and a recognition that lasting change will take time.' },
      {
        type: 'list',
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
    related: ['stages-of-change'],
    sources: [{ source: DOJ, section: 'What to Avoid', quote: 'Place blame or shame on the youth.' }],
  },
  {
    id: 'stages-of-change',
    title: 'Stages of change: what officers may observe',
    audiences: ['law enforcement', 'workers', 'trainers'],
    topics: ['stages'],
    body: [
      {
        type: 'steps',
        items: [
          'Pre-Contemplation: defensive, confrontational, angry; defends the exploiter.',
          'Contemplation: less defensive and more open to talking about experiences.',
          'Determination: more responsive to and engaged with support.',
          'Action: open to support, communicates openly.',
          'Maintenance: open and connected to services and a new support system.',
        ],
      },
      { type: 'paragraph', text: "The SOC model does have limitations, as it does not take into consideration other factors that impede a young person's ability to change, such as threats or acts of violence from their exploiter/abuser, or unmet basic needs." },
    ],
    related: ['what-to-avoid'],
    sources: [{ source: DOJ, section: 'Stages of Change', quote: 'Open and connected to services and a new support system' }],
  },
];

const TRY = [
  'Keep the youth informed and remain as transparent and honest as possible.',
  'Maintain frequent contact with the youth to help build and maintain rapport, build trust, teach boundaries, and model a healthy interpersonal relationship.',
  'Acknowledge that youth will share more as they become more comfortable.',
  'Avoid causing a youth to feel like interviews are simply fact finding missions; build a relationship and take interest in the youth’s life and interests.',
];
const AVOID = [
  'Assume the youth chose to be exploited, or wanted to be doing this—even if they repeatedly say they did.',
  'Place blame or shame on the youth.',
  'Focus immediately or solely on their exploitative history.',
  'Make threats of criminal action should a youth not be cooperative.',
];
const LIMITS = "The SOC model does have limitations, as it does not take into consideration other factors that impede a young person's ability to change, such as threats or acts of violence from their exploiter/abuser, or unmet basic needs.";
const stage = (id: string, name: string, behaviours: string[]): StageData => ({
  id,
  name,
  behaviours,
  tryThis: TRY,
  avoid: AVOID,
  limits: LIMITS,
  sources: [
    { source: DOJ, section: 'Stages of Change', quote: behaviours[0] },
    { source: DOJ, section: 'Ongoing Investigation', quote: TRY[0] },
    { source: DOJ, section: 'What to Avoid', quote: AVOID[1] },
  ],
});

const STAGES: StageData[] = [
  stage('precontemplation', 'Pre-Contemplation', [
    'Defensive, confrontational, angry',
    'Denies involvement in the life, or admits involvement, but does not believe it is a problem',
    'Defends the exploiter, and/or professes care, love, and loyalty to them',
  ]),
  stage('contemplation', 'Contemplation', ['Less defensive and more open to talking about experiences', 'Not yet ready to leave, but is processing the abuse']),
  stage('determination', 'Determination', ['More responsive to and engaged with support', "Answers exploiter's calls less frequently"]),
  stage('action', 'Action', [
    'May still engage with purchasers for financial stability',
    'Decreased incidences of running away from current placement and/or law enforcement',
    'Open to support, communicates openly',
  ]),
  stage('maintenance', 'Maintenance', ['Open and connected to services and a new support system']),
];

export function allCards(): readonly CardData[] {
  return CARDS;
}

export function findCard(id: string): CardData | undefined {
  return CARDS.find((c) => c.id === id);
}

export function allStages(): readonly StageData[] {
  return STAGES;
}

const blockText = (b: Block): string[] =>
  b.type === 'table' ? [...b.head, ...b.rows.flat()] : b.type === 'comparison' ? [b.left.label, ...b.left.items, b.right.label, ...b.right.items] : 'items' in b ? b.items : [b.text];
const text = (c: CardData) => [c.title, ...c.topics, ...c.audiences, ...c.body.flatMap(blockText)].join(' ').toLowerCase();

/** Cards whose title, tags or body hold every word of the query (prefixes count), title matches first. */
export function searchCards(query: string): CardData[] {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return [...CARDS];
  const hits = CARDS.filter((c) => {
    const all = text(c);
    return words.every((w) => all.includes(w));
  });
  const inTitle = (c: CardData) => words.filter((w) => c.title.toLowerCase().includes(w)).length;
  return hits.sort((a, b) => inTitle(b) - inTitle(a));
}
