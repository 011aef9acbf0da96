// Span-level scoring shared by `npm run eval` and the unit test that guards it. A label is a phrase,
// or [phrase, domain]; a finding (avoid/consider) is right when it overlaps a labelled phrase and,
// where the label names a domain, is in that domain.
export function score(notes, check) {
  let tp = 0, fp = 0, found = 0, expected = 0;
  const misses = [], falseFlags = [];
  for (const n of notes) {
    const findings = check(n.text).filter((f) => f.severity !== 'info');
    const spans = n.flag.map((label) => {
      const [p, domain] = Array.isArray(label) ? label : [label, undefined];
      const i = n.text.indexOf(p);
      if (i < 0) throw new Error(`label "${p}" is not in: ${n.text}`);
      return { s: i, e: i + p.length, p, domain };
    });
    const hits = (f, x) => f.start < x.e && x.s < f.end && (!x.domain || x.domain === f.domain);
    expected += spans.length;
    for (const x of spans) {
      if (findings.some((f) => hits(f, x))) found++;
      else misses.push({ phrase: x.p, domain: x.domain, text: n.text, got: findings.filter((f) => f.start < x.e && x.s < f.end).map((f) => f.rule) });
    }
    for (const f of findings) {
      if (spans.some((x) => hits(f, x))) tp++;
      else {
        fp++;
        falseFlags.push({ phrase: f.text, rule: f.rule, text: n.text });
      }
    }
  }
  return { tp, fp, found, expected, precision: tp / Math.max(1, tp + fp), recall: found / Math.max(1, expected), misses, falseFlags };
}
