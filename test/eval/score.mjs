// Span-level scoring shared by `npm run eval` and the unit test that guards it.
export function score(notes, check) {
  let tp = 0, fp = 0, found = 0, expected = 0;
  const misses = [], falseFlags = [];
  for (const n of notes) {
    const findings = check(n.text).filter((f) => f.severity !== 'info');
    const spans = n.flag.map((p) => {
      const i = n.text.indexOf(p);
      if (i < 0) throw new Error(`label "${p}" is not in: ${n.text}`);
      return [i, i + p.length];
    });
    expected += spans.length;
    spans.forEach(([s, e], k) => {
      if (findings.some((f) => f.start < e && s < f.end)) found++;
      else misses.push({ phrase: n.flag[k], text: n.text });
    });
    for (const f of findings) {
      if (spans.some(([s, e]) => f.start < e && s < f.end)) tp++;
      else {
        fp++;
        falseFlags.push({ phrase: f.text, rule: f.rule, text: n.text });
      }
    }
  }
  return { tp, fp, found, expected, precision: tp / Math.max(1, tp + fp), recall: found / Math.max(1, expected), misses, falseFlags };
}
