/**
 * `check(text, options)`: the findings for a note. Options (disabled rules and domains, severity
 * changes, county terms) are validated here, and compiled county terms are cached per terms array.
 */
import { compile, matchRange, toFinding, type Matcher, type Paragraph, type RawMatch } from './engine.js';
import { lexicon } from './lexicon/index.js';
import type { RuleFamily } from './lexicon/format.js';
import type { CheckOptions, CustomTerm, Domain, Finding, Severity } from './types.js';
import { DOMAINS } from './types.js';

let builtIn: Matcher | undefined;
const matcher = () => (builtIn ??= compile(lexicon));

const customCache = new WeakMap<readonly CustomTerm[], Matcher>();

const slug = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'term';

/** County terms are literal phrases: every character that means something in a pattern is dropped. */
function literal(phrase: string): string {
  return phrase.replace(/[()|*?$]/g, ' ').replace(/\s+/g, ' ').trim();
}

function compileCustom(terms: readonly CustomTerm[]): Matcher {
  const families: RuleFamily[] = terms.map((t, i) => {
    const where = `customTerms[${i}]`;
    if (!t || typeof t !== 'object') throw new TypeError(`${where} must be an object with phrases, message, suggestions and source`);
    if (!Array.isArray(t.phrases) || t.phrases.length === 0) throw new TypeError(`${where}.phrases must be a non-empty array of phrases`);
    const phrases = t.phrases.map((p, k) => {
      if (typeof p !== 'string' || !literal(p)) throw new TypeError(`${where}.phrases[${k}] must be a non-empty phrase`);
      return literal(p);
    });
    if (typeof t.message !== 'string' || !t.message.trim()) throw new TypeError(`${where}.message must be a sentence saying why`);
    if (!Array.isArray(t.suggestions) || t.suggestions.some((s) => typeof s !== 'string')) throw new TypeError(`${where}.suggestions must be an array of strings`);
    if (t.domain !== undefined && !DOMAINS.includes(t.domain)) throw new TypeError(`${where}.domain must be one of ${DOMAINS.join(', ')}`);
    if (t.severity !== undefined && t.severity !== 'avoid' && t.severity !== 'consider') throw new TypeError(`${where}.severity must be "avoid" or "consider"`);
    const source = typeof t.source === 'string' ? { source: t.source } : t.source;
    if (!source || typeof source.source !== 'string' || !source.source.trim()) throw new TypeError(`${where}.source must name where the term comes from`);
    return {
      id: `custom/${t.id ? slug(t.id) : slug(phrases[0])}`,
      domain: t.domain ?? 'practice',
      severity: t.severity ?? 'consider',
      message: t.message,
      forms: [{ match: phrases, suggestions: t.suggestions.map((s) => s.replace(/\$/g, '')) }],
      sources: [source],
      examples: [],
    };
  });
  return compile(families);
}

interface Prepared {
  matchers: Matcher[];
  keep: (m: RawMatch) => boolean;
  severityOf: (m: RawMatch) => Severity;
}

export function prepare(options: CheckOptions = {}): Prepared {
  if (options === null || typeof options !== 'object') throw new TypeError('check options must be an object');
  const rules = new Set(iter(options.disabledRules, 'disabledRules'));
  const domains = new Set(iter(options.disabledDomains, 'disabledDomains'));
  for (const d of domains) if (!DOMAINS.includes(d as Domain)) throw new TypeError(`disabledDomains: "${d}" is not a domain (${DOMAINS.join(', ')})`);
  const severities = options.severities ?? {};
  if (typeof severities !== 'object') throw new TypeError('severities must map rule ids to "avoid" or "consider"');
  for (const [k, v] of Object.entries(severities)) if (v !== 'avoid' && v !== 'consider') throw new TypeError(`severities["${k}"] must be "avoid" or "consider"`);
  const matchers = [matcher()];
  const custom = options.customTerms;
  if (custom !== undefined) {
    if (!Array.isArray(custom)) throw new TypeError('customTerms must be an array of terms');
    if (custom.length) {
      let m = customCache.get(custom);
      if (!m) customCache.set(custom, (m = compileCustom(custom)));
      matchers.push(m);
    }
  }
  return {
    matchers,
    keep: (m) => !rules.has(m.rule.id) && !domains.has(m.rule.domain),
    severityOf: (m) => (m.quoted ? 'info' : (Object.hasOwn(severities, m.rule.id) ? severities[m.rule.id] : m.rule.severity)),
  };
}

function iter(x: Iterable<string> | undefined, name: string): string[] {
  if (x === undefined) return [];
  if (typeof x === 'string' || typeof (x as Iterable<string>)[Symbol.iterator] !== 'function') throw new TypeError(`${name} must be a list of ids`);
  return [...x];
}

/** Findings starting in text[from, to] (bounds as `matchRange` takes them). Sorted; overlaps resolved. */
export function findingsIn(p: Prepared, text: string, from: number, to: number, paragraph?: Paragraph): Finding[] {
  const raw: RawMatch[] = [];
  for (const m of p.matchers) matchRange(m, text, from, to, raw, paragraph);
  const kept = raw.filter(p.keep).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let lastEnd = -1;
  for (const m of kept) {
    if (m.start < lastEnd) continue; // the longer, earlier phrase already covers it
    const f = toFinding(text, m, p.severityOf(m));
    if (out.length && f.start < out[out.length - 1].end) continue;
    out.push(f);
    lastEnd = m.end;
  }
  return out;
}

export function check(text: string, options: CheckOptions = {}): Finding[] {
  if (typeof text !== 'string') throw new TypeError('check(text): text must be a string');
  return findingsIn(prepare(options), text, 0, text.length);
}

/** The text with a finding replaced by one of its suggestions (the first by default). */
export function applySuggestion(text: string, finding: Finding, index = 0): string {
  const s = finding.suggestions[index];
  if (s === undefined) throw new RangeError(`finding ${finding.rule} has no suggestion ${index}`);
  if (text.slice(finding.start, finding.end) !== finding.text) throw new Error('the text changed since it was checked');
  return text.slice(0, finding.start) + s + text.slice(finding.end);
}
