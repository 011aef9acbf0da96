/**
 * The public shapes of the language checker. The finding shape is a contract (DESIGN.md):
 * the extension, the widgets, the CLI and outside checks all read it.
 */

export type Domain =
  | 'exploitation'
  | 'missing'
  | 'substance'
  | 'mental-health'
  | 'behavior'
  | 'practice'
  | 'identity';

export const DOMAINS: readonly Domain[] = [
  'exploitation',
  'missing',
  'substance',
  'mental-health',
  'behavior',
  'practice',
  'identity',
];

/** `info` marks words inside someone's quoted speech: evidence, never rewritten. */
export type Severity = 'avoid' | 'consider' | 'info';

/**
 * Where a rule, card or prompt comes from. `source` is a seed id (`../shared/seeds/README.md`)
 * or the id of a public guide in the source registry; `quote` is copied verbatim from it.
 */
export interface SourceRef {
  source: string;
  section?: string;
  quote?: string;
}

export interface Finding {
  /** Stable id, e.g. "exploitation/prostitute". */
  rule: string;
  domain: Domain;
  severity: Severity;
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  /** Always `text.slice(start, end)` of the checked text. */
  text: string;
  /** One plain sentence: why. */
  message: string;
  /** Replacements, best first, case matched to the original. */
  suggestions: string[];
  sources: SourceRef[];
}

/** A county's own term: literal phrases only, never a user-supplied regular expression. */
export interface CustomTerm {
  id?: string;
  phrases: string[];
  domain?: Domain;
  severity?: Exclude<Severity, 'info'>;
  message: string;
  suggestions: string[];
  source: SourceRef | string;
}

export interface CheckOptions {
  /** Rule ids ("exploitation/prostitute") to skip. */
  disabledRules?: Iterable<string>;
  /** Whole domains to skip. */
  disabledDomains?: Iterable<Domain>;
  /** Per-rule severity overrides. */
  severities?: Record<string, Exclude<Severity, 'info'>>;
  /** County term packs. */
  customTerms?: CustomTerm[];
}
