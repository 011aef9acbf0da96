/**
 * The guidance the card, deck and stage-guide elements show: the shared content (`shared/content/`)
 * behind the few functions the elements need. Search here is a plain word match rather than the
 * core's MiniSearch index: the widgets ship as one bundle with a size budget, and MiniSearch alone
 * would cost about 6 KB gzipped of it.
 */
import { cards } from '../../shared/content/cards/index.js';
import { stageModelLimits, stages, type Stage } from '../../shared/content/stages.js';
import { blockText, type Card } from '../../shared/content/types.js';

export type { Block } from '../../shared/content/types.js';
export type CardData = Card;
export type StageData = Stage;

const byId = new Map(cards.map((c) => [c.id, c]));

export function allCards(): readonly CardData[] {
  return cards;
}

export function findCard(id: string): CardData | undefined {
  return byId.get(id);
}

export function allStages(): readonly StageData[] {
  return stages;
}

/** What the stages-of-change model itself cannot see, with its sources. */
export const stageLimits = stageModelLimits;

const text = (c: CardData) => [c.title, c.summary, ...c.topics, ...c.audiences, ...c.body.flatMap(blockText)].join(' ').toLowerCase();

/** Cards holding every word of the query (prefixes count), those with more words in the title first. */
export function searchCards(query: string): CardData[] {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return [...cards];
  const inTitle = (c: CardData) => words.filter((w) => c.title.toLowerCase().includes(w)).length;
  return cards.filter((c) => words.every((w) => text(c).includes(w))).sort((a, b) => inTitle(b) - inTitle(a));
}
