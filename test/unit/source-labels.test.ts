import { describe, expect, it } from 'vitest';
import { SOURCE_LABELS, citationLabel } from '../../shared/content/source-labels.js';
import { lexicon } from '../../shared/language/lexicon/index.js';
import { sources } from '../../shared/content/sources.js';

describe('citation labels', () => {
  it('name every source of the registry, and nothing else', () => {
    expect(Object.keys(SOURCE_LABELS).sort()).toEqual(sources.map((s) => s.id).sort());
    for (const s of sources) expect(s.short).toBe(SOURCE_LABELS[s.id]);
  });

  it('read as the short name and the section, for every source a rule cites', () => {
    expect(citationLabel({ source: 'doj-2021-dle-04', section: '5. What to Avoid' })).toBe('CA DOJ Bulletin 2021-DLE-04, 5. What to Avoid');
    for (const fam of lexicon) for (const ref of fam.sources) expect(Object.hasOwn(SOURCE_LABELS, ref.source), `${fam.id}: ${ref.source}`).toBe(true);
  });
});
