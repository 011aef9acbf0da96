/**
 * Placeholder matcher so the surfaces can be built against the contract while the real engine
 * (shared/language/engine) lands. Replaced by the engine; keep the signature.
 */
import type { CheckOptions, Finding } from './types.js';

export function check(text: string, _options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const re = /\bprostitutes?\b|\bAWOL\b/gi;
  for (const m of text.matchAll(re)) {
    const word = m[0];
    const exploitation = word.toLowerCase().startsWith('prostitute');
    findings.push({
      rule: exploitation ? 'exploitation/prostitute' : 'missing/awol',
      domain: exploitation ? 'exploitation' : 'missing',
      severity: 'avoid',
      start: m.index!,
      end: m.index! + word.length,
      text: word,
      message: exploitation
        ? 'Calling a child a prostitute implies choice and blames the child for being exploited.'
        : 'Missing from care describes the youth’s situation without framing it as misconduct.',
      suggestions: exploitation ? ['youth who has been exploited'] : ['missing from care'],
      sources: [{ source: exploitation ? 'doj-2021-dle-04' : 'cdss-hr-training' }],
    });
  }
  return findings;
}
