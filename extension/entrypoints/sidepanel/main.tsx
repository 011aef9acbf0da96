/**
 * The side panel: what Rapport sees in the note being written ("This note"), the card deck with the
 * worker's and the county's pins ("Cards"), and the trainer's tools (custom cards, packs).
 * Note text never reaches this page: only the content script's report (interface 4).
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { IDBPDatabase } from 'idb';
import { AUDIENCES, cardTopics, getCard, getStage, rankCards, searchCards, stages, type Audience, type Block, type Domain, type Finding } from '../../../shared/index.js';
import { exportPack, importPack, listPins, markdownToBlocks, movePin, openRapportDB, parsePack, pin, unpin, type CustomCard, type Pin, type RapportDB } from '../../../shared/storage/index.js';
import type { StageId } from '../../../shared/content/stages.js';
import type { Broadcast, FieldReport } from '../../lib/messages.js';
import { applyIgnoreList, getSettings, watchSettings, type FullSettings } from '../../lib/settings.js';
import { Blocks } from './blocks.js';

interface ShownCard {
  id: string;
  title: string;
  summary?: string;
  body: readonly Block[];
  custom?: boolean;
}

/** Other side panels and the options page hear about pin changes at once. */
const channel = new BroadcastChannel('rapport-pins');

function useAnnouncer(): [string, (m: string) => void] {
  const [msg, setMsg] = useState('');
  // Clear first so the same message twice is read twice.
  const say = useCallback((m: string) => {
    setMsg('');
    setTimeout(() => setMsg(m), 30);
  }, []);
  return [msg, say];
}

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

function App() {
  const [db, setDb] = useState<IDBPDatabase<RapportDB>>();
  const [settings, setSettings] = useState<FullSettings>();
  const [origin, setOrigin] = useState<string>();
  const [pins, setPins] = useState<Pin[]>([]);
  const [custom, setCustom] = useState<CustomCard[]>([]);
  const [tab, setTab] = useState(0);
  const [msg, say] = useAnnouncer();
  const [printIds, setPrintIds] = useState<string[]>();

  const reload = useCallback(async (d = db) => {
    if (!d) return;
    setPins(await listPins(d, origin));
    setCustom(await d.getAll('customCards'));
  }, [db, origin]);

  useEffect(() => {
    void openRapportDB().then(setDb);
    void getSettings().then(setSettings);
    void activeTab().then((t) => t?.url?.startsWith('http') && setOrigin(new URL(t.url).origin));
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    void reload();
    const onMsg = () => void reload();
    channel.addEventListener('message', onMsg);
    return () => channel.removeEventListener('message', onMsg);
  }, [reload]);
  useEffect(() => {
    if (!printIds) return;
    window.print();
    setPrintIds(undefined);
  }, [printIds]);

  const cardById = useCallback((id: string): ShownCard | undefined => {
    const c = getCard(id);
    if (c) return c;
    const m = custom.find((x) => x.id === id);
    return m && { id: m.id, title: m.title, body: m.body, custom: true };
  }, [custom]);

  const changed = async (message: string) => {
    await reload();
    channel.postMessage('pins');
    say(message);
  };

  const tabs = ['This note', 'Cards', 'Trainer'];
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const onTabKey = (e: KeyboardEvent) => {
    const next = e.key === 'ArrowRight' ? (tab + 1) % 3 : e.key === 'ArrowLeft' ? (tab + 2) % 3 : e.key === 'Home' ? 0 : e.key === 'End' ? 2 : -1;
    if (next < 0) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <>
      <div class={printIds ? 'no-print' : ''}>
        <h1 class="sr-only">Rapport</h1>
        <div role="tablist" aria-label="Rapport side panel" onKeyDown={onTabKey}>
          {tabs.map((name, i) => (
            <button type="button" role="tab" id={`tab-${i}`} aria-controls={`panel-${i}`} aria-selected={tab === i} tabIndex={tab === i ? 0 : -1} ref={(el) => { tabRefs.current[i] = el; }} onClick={() => setTab(i)}>
              {name}
            </button>
          ))}
        </div>
        {tabs.map((_, i) => (
          <section role="tabpanel" id={`panel-${i}`} aria-labelledby={`tab-${i}`} hidden={tab !== i} tabIndex={0}>
            {i === 0 && tab === 0 && <NoteTab settings={settings} cardById={cardById} say={say} />}
            {i === 1 && tab === 1 && db && (
              <CardsTab db={db} pins={pins} countyPins={settings?.pinnedCards ?? []} origin={origin} cardById={cardById} changed={changed} print={setPrintIds} />
            )}
            {i === 2 && tab === 2 && db && <TrainerTab db={db} custom={custom} changed={changed} say={say} />}
          </section>
        ))}
      </div>
      {printIds && (
        <div class="print-area">
          {printIds.map((id) => cardById(id)).filter(Boolean).map((c) => <CardBox card={c!} />)}
        </div>
      )}
      <p role="status" aria-live="polite" class="sr-only">{msg}</p>
    </>
  );
}

function CardBox({ card, children }: { card: ShownCard; children?: preact.ComponentChildren }) {
  return (
    <article class="card" aria-labelledby={`card-${card.id}`}>
      <h3 id={`card-${card.id}`}>{card.title}</h3>
      {card.summary && <p>{card.summary}</p>}
      {children}
    </article>
  );
}

const DOMAIN_NAMES: Record<Domain, string> = {
  exploitation: 'Exploitation', missing: 'Missing from care', substance: 'Substance use', 'mental-health': 'Mental health',
  behavior: 'Behavior', identity: 'Identity', practice: 'Practice',
} as Record<Domain, string>;

function NoteTab({ settings, cardById, say }: { settings?: FullSettings; cardById: (id: string) => ShownCard | undefined; say: (m: string) => void }) {
  const [report, setReport] = useState<FieldReport | null>(null);
  const [picked, setPicked] = useState<StageId>();
  useEffect(() => {
    void activeTab().then(async (t) => {
      if (t?.id !== undefined) setReport(((await browser.tabs.sendMessage(t.id, { type: 'rapport:get-report' }).catch(() => null)) as FieldReport | null) ?? null);
    });
    const onMessage = (m: Broadcast) => {
      if (m?.type === 'rapport:report') setReport(m.report);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  if (!report) return <p>Click in a case note field to see Rapport's suggestions for it here.</p>;
  if (report.disabledReason) return <p role="status">{report.disabledReason}</p>;
  const findings = settings ? applyIgnoreList(report.findings, settings) : report.findings;
  const groups = new Map<Domain, { f: Finding; i: number }[]>();
  report.findings.forEach((f, i) => findings.includes(f) && groups.set(f.domain, [...(groups.get(f.domain) ?? []), { f, i }]));
  const related = rankCards(findings, report.topicCardIds).map((c) => c.id);
  const suggested = report.stages[0];
  const stageId = picked ?? suggested?.stage;
  const stage = stageId ? getStage(stageId) : undefined;
  const jump = async (i: number) => {
    const t = await activeTab();
    if (t?.id !== undefined && (await browser.tabs.sendMessage(t.id, { type: 'rapport:jump-to', index: i }).catch(() => false))) say('Selected in the note.');
    else say('That suggestion is no longer in the note.');
  };
  return (
    <>
      <h2>{report.fieldLabel || 'This note'}</h2>
      {findings.length === 0 ? <p>No language suggestions in this note.</p> : [...groups].map(([domain, items]) => (
        <section aria-label={DOMAIN_NAMES[domain] ?? domain}>
          <h3>{DOMAIN_NAMES[domain] ?? domain}</h3>
          <ul>
            {items.map(({ f, i }) => (
              <li>
                <button type="button" onClick={() => void jump(i)}>“{f.text}”{f.suggestions[0] ? ` → ${f.suggestions[0]}` : ''}</button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>Stage of change</h2>
      {suggested ? (
        <p>
          Suggested: <strong>{getStage(suggested.stage)?.name}</strong>
          {suggested.cues.length > 0 && <> — from {suggested.cues.map((c) => `“${c.text}”`).join(', ')}</>}
        </p>
      ) : <p>No stage cues in this note yet.</p>}
      <label>
        Stage{' '}
        <select value={stageId ?? ''} onChange={(e) => setPicked((e.target as HTMLSelectElement).value as StageId)}>
          <option value="" disabled>Choose a stage</option>
          {stages.map((s) => <option value={s.id}>{s.name}</option>)}
        </select>
      </label>
      {stage && (
        <section aria-label={`${stage.name} guidance`}>
          <h3>Goals</h3><ul>{stage.goals.map((g) => <li>{g}</li>)}</ul>
          <h3>Prompts</h3><ul>{stage.prompts.map((g) => <li>{g}</li>)}</ul>
          <h3>What to avoid</h3><ul>{stage.avoid.map((g) => <li>{g}</li>)}</ul>
        </section>
      )}
      {related.length > 0 && (
        <>
          <h2>Related cards</h2>
          {related.map(cardById).filter(Boolean).slice(0, 5).map((c) => <CardBox card={c!} />)}
        </>
      )}
    </>
  );
}

interface CardsProps {
  db: IDBPDatabase<RapportDB>;
  pins: Pin[];
  countyPins: string[];
  origin?: string;
  cardById: (id: string) => ShownCard | undefined;
  changed: (message: string) => Promise<void>;
  print: (ids: string[]) => void;
}

function CardsTab({ db, pins, countyPins, origin, cardById, changed, print }: CardsProps) {
  const [query, setQuery] = useState('');
  const [audience, setAudience] = useState<Audience | ''>('');
  const [topic, setTopic] = useState('');
  const [siteOnly, setSiteOnly] = useState(false);
  const [open, setOpen] = useState<string>();
  const dragged = useRef<string>();
  const results = useMemo(() => searchCards(query, { audience: audience || undefined, topic: topic || undefined, limit: 30 }), [query, audience, topic]);
  const pinnedIds = new Set(pins.map((p) => p.cardId));
  const pinnedList = [...countyPins.filter((id) => !pinnedIds.has(id)).map((id) => ({ county: true, id, pin: undefined as Pin | undefined })), ...pins.map((p) => ({ county: false, id: p.cardId, pin: p as Pin | undefined }))];

  const move = async (p: Pin, delta: number) => {
    await movePin(db, p.id, delta, origin);
    await changed(`Moved ${cardById(p.cardId)?.title ?? p.cardId} ${delta < 0 ? 'up' : 'down'}.`);
    requestAnimationFrame(() => document.getElementById(`pin-${p.id}`)?.focus());
  };
  const toggle = async (id: string, title: string) => {
    const p = pins.find((x) => x.cardId === id);
    if (p) {
      await unpin(db, id, p.scope);
      await changed(`Unpinned ${title}.`);
    } else {
      await pin(db, id, siteOnly && origin ? origin : 'global');
      await changed(`Pinned ${title}.`);
    }
  };

  return (
    <>
      <h2>Pinned cards</h2>
      {pinnedList.length === 0 ? <p>No pinned cards yet. Pin a card below to keep it here.</p> : (
        <>
          <p class="no-print">Reorder with Alt+Up and Alt+Down, the Move buttons, or by dragging.</p>
          <ol class="pins" aria-label="Pinned cards">
            {pinnedList.map(({ county, id, pin: p }) => {
              const c = cardById(id);
              if (!c) return null;
              return (
                <li
                  id={p ? `pin-${p.id}` : undefined}
                  tabIndex={p ? 0 : undefined}
                  draggable={!!p}
                  aria-label={c.title}
                  onKeyDown={(e) => {
                    if (p && e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown') && e.target === e.currentTarget) {
                      e.preventDefault();
                      void move(p, e.key === 'ArrowUp' ? -1 : 1);
                    }
                  }}
                  onDragStart={() => (dragged.current = p?.id)}
                  onDragOver={(e) => p && e.preventDefault()}
                  onDrop={(e) => {
                    e.preventDefault();
                    const from = pins.findIndex((x) => x.id === dragged.current);
                    const to = pins.findIndex((x) => x.id === p?.id);
                    if (from >= 0 && to >= 0 && from !== to) void move(pins[from], to - from);
                  }}
                >
                  <CardBox card={c}>
                    {county && <p><em>Pinned by your county</em></p>}
                    {p?.pack && <p><em>From the pack “{p.pack}”</em></p>}
                    <div class="row">
                      {p && <button type="button" onClick={() => void move(p, -1)} aria-label={`Move up ${c.title}`}>Move up</button>}
                      {p && <button type="button" onClick={() => void move(p, 1)} aria-label={`Move down ${c.title}`}>Move down</button>}
                      {p && <button type="button" onClick={() => void toggle(id, c.title)} aria-label={`Unpin ${c.title}`}>Unpin</button>}
                      <button type="button" onClick={() => print([id])} aria-label={`Print ${c.title}`}>Print</button>
                    </div>
                  </CardBox>
                </li>
              );
            })}
          </ol>
          <button type="button" onClick={() => print(pinnedList.map((x) => x.id))}>Print all pinned cards</button>
        </>
      )}
      <h2>Find a card</h2>
      <div class="row">
        <label>Search cards <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} /></label>
        <label>
          Audience{' '}
          <select value={audience} onChange={(e) => setAudience((e.target as HTMLSelectElement).value as Audience | '')}>
            <option value="">All</option>
            {AUDIENCES.map((a) => <option value={a}>{a}</option>)}
          </select>
        </label>
        <label>
          Topic{' '}
          <select value={topic} onChange={(e) => setTopic((e.target as HTMLSelectElement).value)}>
            <option value="">All</option>
            {cardTopics.map((t) => <option value={t}>{t}</option>)}
          </select>
        </label>
        {origin && <label><input type="checkbox" checked={siteOnly} onChange={(e) => setSiteOnly((e.target as HTMLInputElement).checked)} /> Pin for {origin} only</label>}
      </div>
      <p aria-live="polite">{results.length} card{results.length === 1 ? '' : 's'}</p>
      <ul aria-label="Search results">
        {results.map((c) => (
          <li>
            <CardBox card={c}>
              <div class="row">
                <button type="button" aria-pressed={pinnedIds.has(c.id)} aria-label={`${pinnedIds.has(c.id) ? 'Unpin' : 'Pin'} ${c.title}`} onClick={() => void toggle(c.id, c.title)}>
                  {pinnedIds.has(c.id) ? 'Unpin' : 'Pin'}
                </button>
                <button type="button" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? undefined : c.id)}>{open === c.id ? 'Hide card' : 'Read card'}</button>
                <button type="button" onClick={() => print([c.id])} aria-label={`Print ${c.title}`}>Print</button>
              </div>
              {open === c.id && <Blocks blocks={c.body} />}
            </CardBox>
          </li>
        ))}
      </ul>
    </>
  );
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'card';

function TrainerTab({ db, custom, changed, say }: { db: IDBPDatabase<RapportDB>; custom: CustomCard[]; changed: (m: string) => Promise<void>; say: (m: string) => void }) {
  const [title, setTitle] = useState('');
  const [markdown, setMarkdown] = useState('');
  const [packName, setPackName] = useState('Training pack');
  const [error, setError] = useState('');
  const preview = useMemo(() => {
    try {
      return { blocks: markdownToBlocks(markdown) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [markdown]);
  const save = async (e: Event) => {
    e.preventDefault();
    if (!title.trim() || !markdown.trim() || preview.error) return setError(preview.error ?? 'A card needs a title and some text.');
    setError('');
    await db.put('customCards', { id: `custom-${slug(title)}`, title: title.trim(), markdown, body: preview.blocks! });
    await changed(`Saved the card ${title.trim()}.`);
    setTitle('');
    setMarkdown('');
  };
  const exportFile = async () => {
    const pack = await exportPack(db, packName.trim() || 'Training pack');
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([JSON.stringify(pack, null, 2)], { type: 'application/json' }));
    a.download = `${slug(pack.name)}.rapport-pack.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    say(`Exported ${pack.cards.length} cards and ${pack.pins.length} pins.`);
  };
  const importFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      if (file.size > 5 * 1024 * 1024) throw new Error('This pack is larger than 5 MB.');
      const r = await importPack(db, parsePack(await file.text()), (id) => !!getCard(id) || custom.some((c) => c.id === id));
      setError('');
      await changed(`Imported ${r.cards} cards and ${r.pins} pins from ${file.name}.`);
    } catch (err) {
      setError(`Import refused, nothing was changed. ${(err as Error).message}`);
      say(`Import refused. ${(err as Error).message}`);
    }
  };
  return (
    <>
      <h2>Write a card</h2>
      <form onSubmit={save}>
        <label>Card title <input value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} /></label>
        <label>
          Card text (Markdown: headings, paragraphs, lists, quotes; no HTML)
          <textarea rows={8} value={markdown} onInput={(e) => setMarkdown((e.target as HTMLTextAreaElement).value)} />
        </label>
        <button type="submit">Save card</button>
      </form>
      <section aria-label="Preview">
        <h3>Preview</h3>
        {preview.error ? <p class="error">{preview.error}</p> : <Blocks blocks={preview.blocks!} />}
      </section>
      {custom.length > 0 && (
        <>
          <h2>Your cards</h2>
          <ul>{custom.map((c) => <li>{c.title}</li>)}</ul>
        </>
      )}
      <h2>Packs</h2>
      <p>A pack holds your cards and your pinned cards. A trainee who imports it sees your pins.</p>
      <label>Pack name <input value={packName} onInput={(e) => setPackName((e.target as HTMLInputElement).value)} /></label>
      <div class="row">
        <button type="button" onClick={() => void exportFile()}>Export pack</button>
        <label>Import a pack <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e)} /></label>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </>
  );
}

render(<App />, document.getElementById('app')!);
