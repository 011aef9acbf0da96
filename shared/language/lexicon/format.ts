/**
 * The lexicon's record format. A rule family reads like a style-guide entry a trainer can review:
 * what to look for, why, what to write instead, and where the guidance says so. The matcher is
 * generic; everything specific to a term (its forms, the other senses of the word) lives here.
 *
 * Pattern syntax (used by `match` and by every context list):
 * - words separated by single spaces; a space matches any run of whitespace, including a line break
 *   (never a blank line: a paragraph is the widest context the engine reads, quotes included);
 * - matching is case-insensitive and on whole words (unless `caseSensitive`);
 * - `(a|b c|d)` is one slot with alternatives, each of one or more words; `(a|b)?` is optional;
 * - `*` is any single word;
 * - hyphens and apostrophes are literal ("non-compliant", "youth's"): list variants explicitly.
 * In `suggestions`, `$1`..`$9` insert the text the n-th group or `*` matched (in pattern order).
 */
import type { Domain, SourceRef } from '../types.js';

export interface RuleContext {
  /** Skip when the words right after the match begin with one of these patterns ("clean clothes"). */
  notBefore?: string[];
  /** Skip when the words right before the match end with one of these patterns ("card trick"). */
  notAfter?: string[];
  /** Flag only when one of these patterns occurs within `window` words, same sentence. */
  requireNear?: string[];
  /** Skip when one of these patterns occurs within `window` words, same sentence. */
  excludeNear?: string[];
  /** Words either side searched by requireNear/excludeNear; default 6. */
  window?: number;
  /** Match letter case exactly (acronyms such as "UA"). */
  caseSensitive?: boolean;
}

/** One grammatical form of a term, with replacements that fit that form in a sentence. */
export interface RuleForm {
  match: string[];
  /** Best first; written in lower case unless a proper noun; the engine matches the original's case. */
  suggestions: string[];
  context?: RuleContext;
}

export interface RuleExample {
  /** A realistic case-note sentence this rule must flag. */
  text: string;
  /** The same sentence after applying the first suggestion: it must read grammatically. */
  fixed: string;
}

export interface RuleFamily {
  /** With the domain, the stable rule id: `${domain}/${id}`, e.g. "exploitation/prostitute". */
  id: string;
  domain: Domain;
  /** `consider` where only the practice context (not a named guide or seed) supports the change. */
  severity: 'avoid' | 'consider';
  /** One plain sentence: why. */
  message: string;
  forms: RuleForm[];
  /** Applies to every form, merged with the form's own context. */
  context?: RuleContext;
  /** At least one seed passage (verbatim quote) or a named public guide from the source registry. */
  sources: SourceRef[];
  examples: RuleExample[];
  /** Sentences that must not produce this rule (other senses, names, preferred terms). */
  counterexamples?: string[];
}
