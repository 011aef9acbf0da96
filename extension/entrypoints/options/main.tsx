/**
 * Settings a worker controls: rules and domains, severities, a personal ignore list, term packs, and
 * export/import of all of it. What county policy sets is shown as "Managed by your county" and locked.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { DOMAINS, lexicon, type Domain } from '../../../shared/index.js';
import { getSettings, updateSettings, USER_KEYS, watchSettings, type FullSettings, type Settings } from '../../lib/settings.js';

const MANAGED = 'Managed by your county';

const Term = v.strictObject({
  id: v.optional(v.string()),
  phrases: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))), v.minLength(1)),
  domain: v.optional(v.picklist(DOMAINS as Domain[])),
  severity: v.optional(v.picklist(['avoid', 'consider'])),
  message: v.pipe(v.string(), v.maxLength(500)),
  suggestions: v.array(v.pipe(v.string(), v.maxLength(200))),
  source: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
});
/** The settings export file: only the worker's own keys, checked whole before anything is saved. */
const SettingsFile = v.strictObject({
  format: v.literal('rapport-settings'),
  version: v.literal(1),
  settings: v.partial(
    v.strictObject({
      enabledSites: v.array(v.pipe(v.string(), v.url())),
      disabledRules: v.array(v.string()),
      disabledDomains: v.array(v.picklist(DOMAINS as Domain[])),
      severities: v.record(v.string(), v.picklist(['avoid', 'consider'])),
      ignoreList: v.array(v.pipe(v.string(), v.maxLength(200))),
      termPacks: v.array(v.strictObject({ id: v.string(), name: v.string(), terms: v.array(Term) })),
    }),
  ),
});

function Options() {
  const [s, setS] = useState<FullSettings>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [phrase, setPhrase] = useState('');
  const [filter, setFilter] = useState('');
  useEffect(() => {
    void getSettings().then(setS);
    return watchSettings(setS);
  }, []);
  if (!s) return <p>Loading settings…</p>;
  const isManaged = (k: string) => s.managed.locked || s.managed.keys.includes(k);
  const save = async (patch: Partial<Settings>, done: string) => {
    // Show the change at once: re-rendering from the old settings until the storage event arrives
    // flipped a checkbox back for a moment. A failed write puts the stored settings back.
    setS((cur) => (cur ? { ...cur, ...patch } : cur));
    try {
      await updateSettings(patch);
      setError('');
      setStatus(done);
    } catch (e) {
      setError((e as Error).message);
      setS(await getSettings());
    }
  };
  const Note = ({ k }: { k: string }) => (isManaged(k) ? <p class="managed" id={`managed-${k}`}><strong>{MANAGED}</strong>{s.managed.locked ? ': your county does not allow changes to settings.' : ': this setting is set by county policy.'}</p> : null);
  const rules = lexicon.map((r) => ({ id: `${r.domain}/${r.id}`, domain: r.domain, severity: r.severity })).filter((r) => !filter || r.id.includes(filter.toLowerCase()));

  const exportAll = () => {
    const settings = Object.fromEntries(USER_KEYS.map((k) => [k, k === 'termPacks' ? s.termPacks.filter((p) => p.id !== 'county') : s[k]]));
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([JSON.stringify({ format: 'rapport-settings', version: 1, settings }, null, 2)], { type: 'application/json' }));
    a.download = 'rapport-settings.json';
    a.click();
    setStatus('Settings exported.');
  };
  const importAll = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      if (file.size > 1024 * 1024) throw new Error('The file is larger than 1 MB.');
      const parsed = v.safeParse(SettingsFile, JSON.parse(await file.text()));
      if (!parsed.success) throw new Error(`The file is invalid at ${v.getDotPath(parsed.issues[0]) ?? 'top level'}: ${parsed.issues[0].message}`);
      // Keys the county manages keep the county's value; the rest are saved in one write.
      const patch = Object.fromEntries(Object.entries(parsed.output.settings).filter(([k]) => !isManaged(k))) as Partial<Settings>;
      await updateSettings(patch);
      setError('');
      setStatus(`Imported settings from ${file.name}.`);
    } catch (err) {
      setError(`Import refused, nothing was changed. ${(err as Error).message}`);
    }
  };

  return (
    <>
      <h1>Rapport settings</h1>
      {s.managed.locked && <p class="managed"><strong>{MANAGED}</strong>: your county does not allow changes to settings.</p>}
      <p role="status" aria-live="polite">{status}</p>
      {error && <p role="alert" class="error">{error}</p>}

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">Sites</h2>
        <Note k="enabledSites" />
        <p>Rapport is always on for localhost. It is also on for:</p>
        <ul>{s.enabledSites.map((o) => <li>{o}</li>)}</ul>
      </section>

      <fieldset disabled={isManaged('disabledDomains')} aria-describedby={isManaged('disabledDomains') ? 'managed-disabledDomains' : undefined}>
        <legend>Domains</legend>
        <Note k="disabledDomains" />
        {DOMAINS.map((d) => (
          <label class="row">
            <input type="checkbox" checked={!s.disabledDomains.includes(d)} onChange={(e) => void save({ disabledDomains: (e.target as HTMLInputElement).checked ? s.disabledDomains.filter((x) => x !== d) : [...s.disabledDomains, d] }, `${d} ${(e.target as HTMLInputElement).checked ? 'on' : 'off'}.`)} />
            {d}
          </label>
        ))}
      </fieldset>

      <fieldset disabled={isManaged('disabledRules')} aria-describedby={isManaged('disabledRules') ? 'managed-disabledRules' : undefined}>
        <legend>Rules</legend>
        <Note k="disabledRules" />
        <label>Filter rules <input type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} /></label>
        <table>
          <thead><tr><th scope="col">Rule</th><th scope="col">On</th><th scope="col">Severity</th></tr></thead>
          <tbody>
            {rules.map((r) => (
              <tr>
                <th scope="row">{r.id}</th>
                <td>
                  <input type="checkbox" aria-label={`${r.id} on`} checked={!s.disabledRules.includes(r.id)} onChange={(e) => void save({ disabledRules: (e.target as HTMLInputElement).checked ? s.disabledRules.filter((x) => x !== r.id) : [...s.disabledRules, r.id] }, `${r.id} ${(e.target as HTMLInputElement).checked ? 'on' : 'off'}.`)} />
                </td>
                <td>
                  <select aria-label={`${r.id} severity`} disabled={isManaged('severities')} value={s.severities[r.id] ?? r.severity} onChange={(e) => void save({ severities: { ...s.severities, [r.id]: (e.target as HTMLSelectElement).value as 'avoid' | 'consider' } }, `${r.id} severity changed.`)}>
                    <option value="avoid">avoid</option>
                    <option value="consider">consider</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>

      <fieldset disabled={isManaged('ignoreList')}>
        <legend>Phrases I do not want flagged</legend>
        <Note k="ignoreList" />
        <ul>
          {s.ignoreList.map((p) => (
            <li>{p} <button type="button" aria-label={`Remove ${p}`} onClick={() => void save({ ignoreList: s.ignoreList.filter((x) => x !== p) }, `Removed ${p}.`)}>Remove</button></li>
          ))}
        </ul>
        <form onSubmit={(e) => { e.preventDefault(); if (phrase.trim()) void save({ ignoreList: [...new Set([...s.ignoreList, phrase.trim()])] }, `Added ${phrase.trim()}.`).then(() => setPhrase('')); }}>
          <label>Phrase <input value={phrase} onInput={(e) => setPhrase((e.target as HTMLInputElement).value)} /></label> <button type="submit">Add phrase</button>
        </form>
      </fieldset>

      <section aria-labelledby="h-packs">
        <h2 id="h-packs">Term packs</h2>
        <Note k="termPacks" />
        {s.termPacks.length === 0 ? <p>No term packs.</p> : s.termPacks.map((p) => (
          <section aria-label={p.name}>
            <h3>{p.name}{p.id === 'county' ? ` (${MANAGED})` : ''}</h3>
            <ul>{p.terms.map((t) => <li>“{t.phrases.join('”, “')}” → {t.suggestions.join(', ') || '(no suggestion)'}: {t.message} <em>Source: {typeof t.source === 'string' ? t.source : t.source.source}</em></li>)}</ul>
          </section>
        ))}
      </section>

      <section aria-labelledby="h-pins">
        <h2 id="h-pins">County pinned cards</h2>
        {s.pinnedCards.length ? <><Note k="pinnedCards" /><ul>{s.pinnedCards.map((id) => <li>{id}</li>)}</ul></> : <p>None.</p>}
      </section>

      <fieldset disabled={s.managed.locked}>
        <legend>Export and import</legend>
        <button type="button" onClick={exportAll}>Export settings</button>{' '}
        <label>Import settings <input type="file" accept=".json,application/json" onChange={(e) => void importAll(e)} /></label>
      </fieldset>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
