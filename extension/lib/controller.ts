/**
 * The content script's work, started on the first focus of an editable field: keep one checker
 * per field, draw underlines (CSS Custom Highlight API for contenteditable, boxes over native
 * fields), open the card on click or Alt+Shift+K, apply suggestions through the editor's input
 * path. Nothing is added inside the host's editors, and the UI lives in a closed shadow root.
 */
import { browser } from 'wxt/browser';
import { noteTopicCardIds } from '../../shared/content/note-topics.js';
import { suggestStage } from '../../shared/content/stage-cues.js';
import { createUpdateChecker, type IncrementalChecker } from '../../shared/language/incremental.js';
import type { Finding } from '../../shared/language/types.js';
import { cardStyles, renderCard } from './card.js';
import { editableRoot, isNativeField, mapText, nativeRects, offsetOf, rangeFor, replaceInEditable, replaceInNative, type TextMap } from './fields.js';
import type { FieldReport, RelatedCard } from './messages.js';
import { applyIgnoreList, getSettings, toCheckOptions, updateSettings, watchSettings, type Settings } from './settings.js';

const HIGHLIGHT_CSS = `::highlight(rapport-avoid){text-decoration:underline wavy #b3261e;text-decoration-thickness:1.5px;text-underline-offset:3px}
::highlight(rapport-consider){text-decoration:underline dashed #8a5a00;text-decoration-thickness:1.5px;text-underline-offset:3px}`;

type Related = { title: string; summary: string };

interface Session {
  root: HTMLElement;
  checker: IncrementalChecker;
  findings: Finding[];
  map?: TextMap;
  ignored: Set<string>;
  disabledReason?: string;
}

export class Controller {
  #sessions = new WeakMap<HTMLElement, Session>();
  #active?: Session;
  #settings: Settings = { enabledSites: [], disabledRules: [] };
  #host!: HTMLElement;
  #shadow!: ShadowRoot;
  #layer!: HTMLElement;
  #cardSlot!: HTMLElement;
  #live!: HTMLElement;
  #open?: { session: Session; finding: Finding };
  #frame = 0;
  #sheet = new CSSStyleSheet();
  #styled = new WeakSet<Document | ShadowRoot>();
  #lastError?: string;
  #resized?: ResizeObserver;
  /** "Learn more" cards by rule, as the worker answered (null: no card for that rule). */
  #related = new Map<string, Related | null>();
  /** When the oldest unanswered keystroke happened, and how long recent ones took to reach the underlines. */
  #pendingInput = 0;
  #latencies: number[] = [];

  async start(): Promise<void> {
    this.#settings = await getSettings();
    watchSettings((s) => {
      this.#settings = s;
      for (const s2 of [this.#active].filter(Boolean) as Session[]) {
        s2.checker = createUpdateChecker(toCheckOptions(s));
        this.#check(s2);
      }
    });
    this.#sheet.replaceSync(HIGHLIGHT_CSS);
    this.#host = document.createElement('rapport-overlay');
    this.#shadow = this.#host.attachShadow({ mode: 'closed' });
    const style = new CSSStyleSheet();
    style.replaceSync(cardStyles);
    this.#shadow.adoptedStyleSheets = [style];
    this.#layer = document.createElement('div');
    this.#layer.className = 'layer';
    this.#cardSlot = document.createElement('div');
    this.#live = document.createElement('div');
    this.#live.className = 'sr';
    this.#live.setAttribute('aria-live', 'polite');
    this.#shadow.append(this.#layer, this.#cardSlot, this.#live);
    document.documentElement.appendChild(this.#host);
    addEventListener('input', (e) => this.#onInput(e), true);
    addEventListener('scroll', () => this.#schedule(), true);
    addEventListener('resize', () => this.#schedule());
    addEventListener('pointerup', (e) => this.#onPointerUp(e), true);
    addEventListener('pointerdown', (e) => {
      if (this.#open && !e.composedPath().includes(this.#host)) this.#closeCard(false);
    }, true);
    addEventListener('keydown', (e) => this.#onKey(e), true);
  }

  /** Called for every focusin: picks up the field, including ones inside shadow roots. */
  focus(target: Element | null): void {
    const root = editableRoot(deepTarget(target));
    if (!root) return;
    let s = this.#sessions.get(root);
    if (!s) {
      s = { root, checker: createUpdateChecker(toCheckOptions(this.#settings)), findings: [], ignored: new Set() };
      this.#sessions.set(root, s);
      this.#adoptHighlightStyles(root);
    }
    if (this.#active !== s) {
      this.#active = s;
      // A field that changes size (a page's font change, a drag of its resize handle) reflows its text.
      this.#resized ??= new ResizeObserver(() => this.#schedule());
      this.#resized.disconnect();
      this.#resized.observe(s.root);
      this.#check(s);
    }
  }

  report(): FieldReport | null {
    const s = this.#active;
    if (!s) return this.#lastError ? { url: location.href, fieldLabel: '', count: 0, findings: [], stages: [], topicCardIds: [], disabledReason: this.#lastError } : null;
    const text = s.checker.text;
    return {
      url: location.href,
      fieldLabel: s.root.getAttribute('aria-label') || (s.root as HTMLInputElement).name || s.root.id || s.root.tagName.toLowerCase(),
      count: s.findings.length,
      findings: s.findings,
      stages: s.disabledReason ? [] : suggestStage(text),
      topicCardIds: s.disabledReason ? [] : noteTopicCardIds(text),
      disabledReason: s.disabledReason,
      card: this.#cardReport(),
      latencies: [...this.#latencies],
      underlines: isNativeField(s.root) ? this.#boxes : undefined,
    };
  }

  /** `rapport:jump-to` from the side panel or popup: select finding `index` and open its card. */
  jumpTo(index: number): boolean {
    const s = this.#active;
    const f = s?.findings[index];
    if (!s || !f) return false;
    s.root.focus();
    this.#openCard(s, f, true);
    return true;
  }

  /**
   * Tells the extension's pages that the focused field's report changed, once typing pauses, so
   * the stage and card ranking run at most a few times a second, never per keystroke.
   */
  #broadcastTimer = 0;
  #lastBroadcast = '';
  #broadcast() {
    clearTimeout(this.#broadcastTimer);
    this.#broadcastTimer = setTimeout(() => {
      if (!ownsFocus()) return;
      const report = this.report();
      const key = report ? `${report.disabledReason ?? ''}|${report.findings.map((f) => `${f.start}:${f.end}:${f.rule}`).join(',')}|${report.card?.phrase ?? ''}` : '';
      if (key === this.#lastBroadcast) return;
      this.#lastBroadcast = key;
      // No extension page may be listening; that is not an error.
      browser.runtime.sendMessage({ type: 'rapport:report', report }).catch(() => {});
    }, 250) as unknown as number;
  }

  /** Where the open card's first suggestion is, for the popup and for tests driving the mouse. */
  #cardReport(): FieldReport['card'] {
    if (!this.#open) return undefined;
    const b = this.#shadow.querySelector('button.suggestion')?.getBoundingClientRect();
    const learnMore = this.#shadow.querySelector('.learn summary')?.textContent ?? undefined;
    const c = this.#shadow.querySelector('.card')?.getBoundingClientRect();
    const box = c && { x: c.x, y: c.y, width: c.width, height: c.height };
    return { phrase: this.#open.finding.text, firstSuggestion: b && { x: b.x + b.width / 2, y: b.y + b.height / 2 }, learnMore, box };
  }

  #adoptHighlightStyles(root: HTMLElement) {
    if (isNativeField(root)) return;
    const node = root.getRootNode() as Document | ShadowRoot;
    if (this.#styled.has(node)) return;
    this.#styled.add(node);
    node.adoptedStyleSheets = [...node.adoptedStyleSheets, this.#sheet];
  }

  #onInput(e: Event) {
    const root = editableRoot(deepTarget(e.composedPath()[0] as Element));
    if (!root) return;
    this.focus(root);
    if (this.#open?.session.root === root) this.#closeCard(false);
    this.#pendingInput ||= e.timeStamp || performance.now();
    this.#schedule();
  }

  #schedule() {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#active) this.#check(this.#active);
    });
  }

  #text(s: Session): string {
    if (isNativeField(s.root)) return s.root.value;
    s.map = mapText(s.root);
    return s.map.text;
  }

  /** Re-checks what changed and redraws; on any failure Rapport steps back from the field. */
  #check(s: Session) {
    if (s.disabledReason) return;
    try {
      const all = s.checker.update(this.#text(s));
      // The worker's personal ignore list (settings) and this field's "Ignore here" choices.
      s.findings = applyIgnoreList(all, this.#settings).filter((f) => f.severity !== 'info' && !s.ignored.has(`${f.rule}\u0000${f.text.toLowerCase()}`));
      this.#draw(s);
      this.#announce(s);
      if (this.#pendingInput) {
        this.#latencies.push(performance.now() - this.#pendingInput);
        if (this.#latencies.length > 200) this.#latencies.shift();
        this.#pendingInput = 0;
      }
    } catch (err) {
      s.disabledReason = `Rapport turned itself off for this field: ${(err as Error).message}`;
      s.findings = [];
      this.#lastError = s.disabledReason;
      this.#live.textContent = s.disabledReason;
      this.#clear();
    }
    this.#broadcast();
  }

  #announced = -1;
  #announce(s: Session) {
    if (s.findings.length === this.#announced) return;
    this.#announced = s.findings.length;
    const n = s.findings.length;
    this.#live.textContent = n === 0 ? 'No language suggestions in this field.' : `${n} language suggestion${n === 1 ? '' : 's'} in this field. Press Alt+Shift+K to review.`;
  }

  #clear() {
    this.#layer.replaceChildren();
    CSS.highlights?.delete('rapport-avoid');
    CSS.highlights?.delete('rapport-consider');
  }

  /** Where the native field's underline boxes are (viewport coordinates), for the extension's report. */
  #boxes: { x: number; y: number; width: number; height: number }[] = [];

  #draw(s: Session) {
    this.#clear();
    this.#boxes = [];
    const r = s.root.getBoundingClientRect();
    if (r.bottom < 0 || r.top > innerHeight || !s.findings.length) return;
    if (isNativeField(s.root)) {
      const visible = { top: Math.max(r.top, 0), bottom: Math.min(r.bottom, innerHeight) };
      const rects = nativeRects(s.root, this.#shadow as unknown as HTMLElement, s.findings.map((f) => [f.start, f.end]), visible);
      const frag = document.createDocumentFragment();
      rects.forEach((list, i) => {
        for (const b of list) {
          if (b.bottom < r.top || b.top > r.bottom || b.right < r.left || b.left > r.right) continue;
          const d = document.createElement('div');
          d.className = `box ${s.findings[i].severity}`;
          d.style.left = `${b.left}px`;
          d.style.top = `${b.top}px`;
          d.style.width = `${b.width}px`;
          d.style.height = `${b.height}px`;
          frag.appendChild(d);
          this.#boxes.push({ x: b.left, y: b.top, width: b.width, height: b.height });
        }
      });
      this.#layer.appendChild(frag);
      return;
    }
    const groups: Record<'avoid' | 'consider', Range[]> = { avoid: [], consider: [] };
    for (const f of s.findings) {
      const range = rangeFor(s.map!, f.start, f.end);
      if (range) groups[f.severity as 'avoid' | 'consider'].push(range);
    }
    CSS.highlights.set('rapport-avoid', new Highlight(...groups.avoid));
    CSS.highlights.set('rapport-consider', new Highlight(...groups.consider));
  }

  #caret(s: Session): number {
    if (isNativeField(s.root)) return s.root.selectionStart ?? 0;
    const sel = (s.root.getRootNode() as Document & { getSelection?: () => Selection | null }).getSelection?.() ?? getSelection();
    if (!sel || !sel.rangeCount || !s.map) return 0;
    const r = sel.getRangeAt(0);
    return offsetOf(s.map, r.startContainer, r.startOffset);
  }

  #onPointerUp(e: PointerEvent) {
    const root = editableRoot(deepTarget(e.composedPath()[0] as Element));
    if (!root) return;
    this.focus(root);
    const s = this.#sessions.get(root)!;
    // Let the browser place the caret first.
    setTimeout(() => {
      const at = this.#caret(s);
      const f = s.findings.find((x) => x.start <= at && at <= x.end);
      if (f) this.#openCard(s, f, false);
    });
  }

  #onKey(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.#open) {
      e.preventDefault();
      e.stopPropagation();
      this.#closeCard(true);
      return;
    }
    if (e.code === 'KeyK' && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
      if (this.next()) {
        e.preventDefault();
        e.stopPropagation();
      }
    }
  }

  /**
   * The keyboard path (Alt+Shift+K, or the remappable extension command): the next finding after
   * the caret, wrapping, with its card open and its first suggestion focused. False when there is
   * no field here to act on.
   */
  next(): boolean {
    const root = editableRoot(deepTarget(document.activeElement));
    if (root) this.focus(root);
    const s = root ? this.#sessions.get(root) : this.#open?.session;
    if (!s) return false;
    this.#check(s);
    if (!s.findings.length) return true;
    const from = this.#open?.session === s ? this.#open.finding.end : this.#caret(s);
    const next = s.findings.find((f) => f.start >= from) ?? s.findings[0];
    this.#openCard(s, next, true);
    return true;
  }

  #anchorRect(s: Session, f: Finding): DOMRect {
    if (isNativeField(s.root)) {
      const [rects] = nativeRects(s.root, this.#shadow as unknown as HTMLElement, [[f.start, f.end]]);
      return rects[0] ?? s.root.getBoundingClientRect();
    }
    return rangeFor(s.map!, f.start, f.end)?.getBoundingClientRect() ?? s.root.getBoundingClientRect();
  }

  #openCard(s: Session, f: Finding, focusFirst: boolean) {
    this.#open = { session: s, finding: f };
    this.#broadcast();
    const show = (related?: Related) => renderCard(this.#cardSlot, {
      finding: f,
      anchor: this.#anchorRect(s, f),
      related,
      focusFirst,
      actions: {
        apply: (i) => void this.#apply(s, f, i),
        ignore: () => {
          s.ignored.add(`${f.rule}\u0000${f.text.toLowerCase()}`);
          this.#closeCard(true);
          this.#check(s);
        },
        disableRule: () => {
          this.#closeCard(true);
          // County policy may lock the rules; the worker hears why instead of nothing happening.
          updateSettings((st) => ({ ...st, disabledRules: [...new Set([...st.disabledRules, f.rule])] })).catch((err: Error) => {
            this.#live.textContent = err.message;
          });
        },
        close: () => this.#closeCard(true),
      },
    });
    const cached = this.#related.get(f.rule);
    show(cached ?? undefined);
    if (cached !== undefined) return;
    // "Learn more": the worker holds the cards (they stay out of this script); the card gains the
    // section when the answer comes, if it is still the open one.
    const ask: RelatedCard = { type: 'rapport:related-card', rule: f.rule };
    browser.runtime
      .sendMessage(ask)
      .then((r: Related | null) => {
        this.#related.set(f.rule, r ?? null);
        if (r && this.#open?.finding === f) show(r);
      })
      .catch(() => {});
  }

  #closeCard(refocus: boolean) {
    const open = this.#open;
    this.#open = undefined;
    renderCard(this.#cardSlot, null);
    this.#broadcast();
    if (refocus && open) open.session.root.focus();
  }

  async #apply(s: Session, f: Finding, i: number) {
    const text = f.suggestions[i];
    this.#closeCard(false);
    try {
      if (isNativeField(s.root)) replaceInNative(s.root, f.start, f.end, text);
      else {
        const map = mapText(s.root);
        const range = rangeFor(map, f.start, f.end);
        if (!range || map.text.slice(f.start, f.end) !== f.text) return;
        await replaceInEditable(s.root, range, text);
      }
    } finally {
      s.root.focus();
      this.#check(s);
    }
  }
}

/**
 * True when the worker's focus is in this frame itself. A document whose child frame has the focus
 * also "has focus"; then the child frame speaks for the field, not this one.
 */
export function ownsFocus(): boolean {
  if (!document.hasFocus()) return false;
  const el = deepTarget(document.activeElement);
  return !(el instanceof HTMLIFrameElement || el instanceof HTMLFrameElement || el instanceof HTMLObjectElement || el instanceof HTMLEmbedElement);
}

/** The element that really has focus, looking into open and closed shadow roots. */
export function deepTarget(el: Element | null): Element | null {
  let cur = el;
  for (let i = 0; i < 20 && cur; i++) {
    const root = openOrClosedShadowRoot(cur);
    const inner = root?.activeElement;
    if (!inner || inner === cur) break;
    cur = inner;
  }
  return cur;
}

function openOrClosedShadowRoot(el: Element): ShadowRoot | null {
  const api = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }).chrome?.dom;
  if (api?.openOrClosedShadowRoot) return api.openOrClosedShadowRoot(el);
  const ff = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  return ff ?? el.shadowRoot;
}
