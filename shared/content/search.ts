/**
 * Finding cards: full-text search (MiniSearch: prefix and typo-tolerant, light stemming so word
 * forms meet), and the cards that fit a note's findings or a single rule ("Learn more").
 */
import MiniSearch from 'minisearch';
import type { Finding } from '../language/types.js';
import { cards } from './cards/index.js';
import { noteTopicCardIds } from './note-topics.js';
import { blockText, type Audience, type Card } from './types.js';

const byId = new Map(cards.map((c) => [c.id, c]));

export function getCard(id: string): Card | undefined {
  return byId.get(id);
}

/** Folds common English endings so "phones", "phone" and "phoning" meet. */
function stem(term: string): string {
  const t = term.toLowerCase();
  if (t.length <= 4) return t;
  for (const [suffix, keep] of [['ies', 'y'], ['ing', ''], ['ed', ''], ['es', ''], ['s', '']] as const) {
    if (t.endsWith(suffix) && t.length - suffix.length >= 3) return t.slice(0, -suffix.length) + keep;
  }
  return t;
}

let index: MiniSearch<{ id: string; title: string; summary: string; topics: string; body: string }> | undefined;

function getIndex() {
  if (index) return index;
  index = new MiniSearch({
    fields: ['title', 'summary', 'topics', 'body'],
    storeFields: [],
    processTerm: (term) => stem(term),
    searchOptions: { boost: { title: 3, topics: 2, summary: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(
    cards.map((c) => ({ id: c.id, title: c.title, summary: c.summary, topics: c.topics.join(' '), body: c.body.flatMap(blockText).join(' ') })),
  );
  return index;
}

export interface SearchOptions {
  audience?: Audience;
  topic?: string;
  limit?: number;
}

/** Cards for a query, best first; an empty query lists every card (filtered). */
export function searchCards(query: string, opts: SearchOptions = {}): Card[] {
  const keep = (c: Card) => (!opts.audience || c.audiences.includes(opts.audience)) && (!opts.topic || c.topics.includes(opts.topic));
  let found: Card[];
  if (!query.trim()) found = cards.filter(keep);
  else {
    const idx = getIndex();
    let hits = idx.search(query);
    // All words first; when nothing holds every word, any word still helps the worker.
    if (hits.length === 0) hits = idx.search(query, { combineWith: 'OR' });
    found = hits.map((h) => byId.get(h.id as string)!).filter(keep);
  }
  return opts.limit ? found.slice(0, opts.limit) : found;
}

/** Every topic tag in use, sorted, for filters. */
export const cardTopics: readonly string[] = [...new Set(cards.flatMap((c) => c.topics))].sort();

function explains(card: Card, rule: string): number {
  if (!card.rules) return 0;
  if (card.rules.includes(rule)) return 3;
  // A card about the whole domain; one that names the domain first is mainly about it.
  const at = card.rules.indexOf(rule.split('/')[0]);
  return at < 0 ? 0 : at === 0 ? 2 : 1;
}

/** The card "Learn more" opens for a finding's rule: the card naming the rule, else its domain's. */
export function relatedCardForRule(ruleId: string): Card | undefined {
  let best: Card | undefined;
  let bestScore = 0;
  for (const c of cards) {
    const s = explains(c, ruleId);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

/**
 * Cards that fit what a note is about, ranked: cards explaining its findings, then the cards its
 * topics bring up (`noteTopicCardIds`, which the extension computes where the note is, so the note
 * itself never leaves the content script).
 */
export function rankCards(findings: readonly Finding[], topicCardIds: readonly string[]): Card[] {
  const score = new Map<string, number>();
  const bump = (id: string, by: number) => byId.has(id) && score.set(id, (score.get(id) ?? 0) + by);
  for (const f of findings) {
    if (f.severity === 'info') continue;
    for (const c of cards) {
      const s = explains(c, f.rule);
      if (s) bump(c.id, s);
    }
  }
  for (const id of topicCardIds) bump(id, 2);
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || cards.indexOf(byId.get(a[0])!) - cards.indexOf(byId.get(b[0])!))
    .map(([id]) => byId.get(id)!);
}

/** Cards that fit a note's findings and its text, ranked. */
export function cardsForFindings(findings: readonly Finding[], noteText = ''): Card[] {
  return rankCards(findings, noteTopicCardIds(noteText));
}
