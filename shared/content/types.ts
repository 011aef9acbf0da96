/**
 * Guidance as typed data. A card's body is a list of blocks whose text is plain strings: surfaces
 * render them as text nodes (never HTML), and trainers' Markdown cards parse into the same blocks.
 */
import type { SourceRef } from '../language/types.js';

export type Audience = 'worker' | 'probation' | 'caregiver' | 'provider' | 'law-enforcement' | 'supervisor' | 'trainer';

export const AUDIENCES: readonly Audience[] = ['worker', 'probation', 'caregiver', 'provider', 'law-enforcement', 'supervisor', 'trainer'];

export type CardKind = 'checklist' | 'comparison' | 'steps' | 'table' | 'scenario' | 'definition';

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

export interface Card {
  id: string;
  title: string;
  /** One sentence a worker reads in a list. */
  summary: string;
  audiences: Audience[];
  topics: string[];
  kind: CardKind;
  body: Block[];
  /** Ids of related cards. */
  related: string[];
  /** Lexicon rule ids ("practice/phone-taken-away") or whole domains ("missing") this card explains. */
  rules?: string[];
  sources: SourceRef[];
}

/** All the text of a block, for search and plain-text output. */
export function blockText(b: Block): string[] {
  switch (b.type) {
    case 'table':
      return [...b.head, ...b.rows.flat()];
    case 'comparison':
      return [b.left.label, ...b.left.items, b.right.label, ...b.right.items];
    case 'list':
    case 'steps':
    case 'checklist':
    case 'questions':
      return b.items;
    default:
      return [b.text];
  }
}
