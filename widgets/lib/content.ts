/**
 * The guidance the card, deck and stage-guide elements show, behind one small interface over the
 * shared content (`shared/content/`). The stages of change are not in `shared/` yet: until they
 * land, this file carries them word for word from the DOJ bulletin, each with its source.
 * Switching to the shared stages changes this file only.
 */
import type { SourceRef } from '../../shared/index.js';
import { cards as CARDS } from '../../shared/content/cards/index.js';
import { blockText, type Card } from '../../shared/content/types.js';

export type { Block } from '../../shared/content/types.js';
export type CardData = Card;

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

const text = (c: CardData) => [c.title, c.summary, ...c.topics, ...c.audiences, ...c.body.flatMap(blockText)].join(' ').toLowerCase();

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
