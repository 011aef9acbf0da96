import type { ComponentChild } from 'preact';
import { citationLabel, createUpdateChecker, type Finding } from '../../shared/index.js';
import { RapportElement } from '../base/rapport-element.js';
import { themeStyles } from '../base/theme.styles.js';
import { t } from '../lib/i18n.js';
import { noteCheckStyles } from './note-check.styles.js';

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Computed properties that decide where a textarea's glyphs fall; the mirror copies each. */
const MIRRORED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant',
  'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align',
  'tab-size', 'direction', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'box-sizing',
];

/**
 * Inline language checks on a text field the portal already has. The portal's textarea stays the
 * portal's: Rapport never changes its DOM or value except through the browser's own editing path
 * (`execCommand('insertText')`), so the field's undo (Ctrl+Z) brings back what the worker wrote.
 * Underlines are drawn in a transparent mirror laid over the field; the findings are listed under
 * it, each with buttons that apply a suggestion.
 *
 * @tagname rapport-note-check
 * @summary Language checks on a portal's own textarea: underlines and a list of findings.
 *
 * @event rapport-findings - The findings changed. `detail: { findings: Finding[] }`.
 * @event rapport-apply - A suggestion was applied. `detail: { finding: Finding, replacement: string }`.
 *
 * @csspart overlay - The layer laid over the portal's field that holds the underlines.
 * @csspart underline - One underlined phrase in the overlay.
 * @csspart findings - The list of findings under the field.
 * @csspart finding - One finding in the list.
 * @csspart suggestion - A button that applies one suggestion.
 * @csspart error - The message shown when the field named by `for` is not on the page.
 *
 * @cssproperty --rapport-color-avoid - Underline and marker colour for "avoid" findings.
 * @cssproperty --rapport-color-consider - Underline and marker colour for "consider" findings.
 * @cssproperty --rapport-color-accent - Colour of buttons and focus.
 */
export class RapportNoteCheck extends RapportElement {
  static override styles = [themeStyles, noteCheckStyles];
  static override properties = {
    ...RapportElement.properties,
    htmlFor: { type: String, attribute: 'for' },
    findings: { attribute: false },
    missing: { attribute: false },
  };

  /** The id of the textarea or text input to check, in the same document or shadow root. */
  declare htmlFor: string;
  /** The current findings, sorted by start. */
  declare findings: Finding[];
  declare private missing: boolean;

  #field?: TextField;
  /** Re-checks only the lines an edit touched: notes can be long and are checked on every keystroke. */
  #checker = createUpdateChecker();
  #frame = 0;
  #resize?: ResizeObserver;

  constructor() {
    super();
    this.htmlFor = '';
    this.findings = [];
    this.missing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('scroll', this.#schedulePosition, { capture: true, passive: true });
    window.addEventListener('resize', this.#schedulePosition, { passive: true });
    // The portal may add its field after our element (progressive enhancement): look again once
    // the document has finished parsing.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.#attach(), { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this.#schedulePosition, { capture: true });
    window.removeEventListener('resize', this.#schedulePosition);
    this.#detach();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('htmlFor')) this.#attach();
  }

  protected override updated(): void {
    this.#position();
  }

  /** The field being checked, once found. */
  get field(): TextField | undefined {
    return this.#field;
  }

  #attach(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = this.htmlFor ? root.getElementById?.(this.htmlFor) : null;
    const field = found instanceof HTMLTextAreaElement || found instanceof HTMLInputElement ? found : undefined;
    if (field === this.#field) {
      this.missing = !field;
      return;
    }
    this.#detach();
    this.#field = field;
    this.missing = !field;
    if (!field) return;
    field.addEventListener('input', this.#onInput);
    field.addEventListener('scroll', this.#syncScroll, { passive: true });
    (field as HTMLElement).addEventListener('keydown', this.#onFieldKey);
    this.#resize = new ResizeObserver(this.#schedulePosition);
    this.#resize.observe(field);
    this.#recheck();
  }

  #detach(): void {
    const field = this.#field;
    if (!field) return;
    field.removeEventListener('input', this.#onInput);
    field.removeEventListener('scroll', this.#syncScroll);
    (field as HTMLElement).removeEventListener('keydown', this.#onFieldKey);
    this.#resize?.disconnect();
    this.#field = undefined;
  }

  #onInput = (): void => this.#recheck();

  #recheck(): void {
    this.findings = this.#checker.update(this.#field?.value ?? '');
    this.emit('rapport-findings', { findings: this.findings });
  }

  #schedulePosition = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#position();
    });
  };

  /** Lays the mirror exactly over the field, with the field's own metrics, and scrolls it along. */
  #position(): void {
    const field = this.#field;
    if (!field || !this.root) return;
    const r = field.getBoundingClientRect();
    const cs = getComputedStyle(field);
    const copied = MIRRORED.map((p) => `${p}: ${cs.getPropertyValue(p)};`).join(' ');
    // A vertical scrollbar narrows the text box: pad the mirror by the same amount so lines wrap
    // at the same words.
    const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - parseFloat(cs.borderLeftWidth || '0') - parseFloat(cs.borderRightWidth || '0'));
    const padRight = parseFloat(cs.paddingRight || '0') + scrollbar;
    this.setDynamicStyle(
      `.overlay { top: ${r.top}px; left: ${r.left}px; width: ${r.width}px; height: ${r.height}px; }
       .mirror { ${copied} padding-right: ${padRight}px; ${field instanceof HTMLInputElement ? 'white-space: pre;' : ''} }`,
    );
    this.#syncScroll();
  }

  #syncScroll = (): void => {
    const mirror = this.root?.querySelector('.mirror');
    if (mirror && this.#field) {
      mirror.scrollTop = this.#field.scrollTop;
      mirror.scrollLeft = this.#field.scrollLeft;
    }
  };

  /** Alt+Shift+K in the field: jump to the next finding after the caret (wrapping to the first). */
  #onFieldKey = (e: KeyboardEvent): void => {
    if (!(e.altKey && e.shiftKey && e.code === 'KeyK')) return;
    const field = this.#field!;
    if (!this.findings.length) return;
    e.preventDefault();
    const caret = field.selectionEnd ?? 0;
    const next = this.findings.findIndex((f) => f.start >= caret);
    this.focusFinding(next === -1 ? 0 : next);
  };

  /** Moves focus to finding `index`'s first suggestion (or to the finding itself) and selects its words in the field. */
  focusFinding(index: number): void {
    const f = this.findings[index];
    if (!f || !this.#field) return;
    this.#field.setSelectionRange(f.start, f.end);
    const item = this.root.querySelectorAll<HTMLElement>('li.finding')[index];
    const target = item?.querySelector<HTMLElement>('button') ?? item;
    target?.focus();
  }

  /**
   * Replaces the finding's words with `replacement` through the browser's editing path, so the
   * field fires its usual input events and its undo history keeps the original words.
   */
  apply(finding: Finding, replacement: string): void {
    const field = this.#field;
    if (!field || field.value.slice(finding.start, finding.end) !== finding.text) return;
    field.focus();
    field.setSelectionRange(finding.start, finding.end);
    const done = typeof document.execCommand === 'function' && document.execCommand('insertText', false, replacement);
    if (!done || field.value.slice(finding.start, finding.start + replacement.length) !== replacement) {
      // Browsers without execCommand on form fields: replace through the field's own API and
      // announce the change the way typing would.
      field.setRangeText(replacement, finding.start, finding.end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: replacement }));
    }
    this.emit('rapport-apply', { finding, replacement });
  }

  #onListKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.#field) {
      e.preventDefault();
      this.#field.focus();
    }
  };

  protected override render(): ComponentChild {
    const lang = this.language;
    if (this.missing) {
      return (
        <p class="alert" role="alert" part="error">
          {t(lang, 'fieldMissing', this.htmlFor)}
        </p>
      );
    }
    const text = this.#field?.value ?? '';
    const marks: ComponentChild[] = [];
    let at = 0;
    for (const f of this.findings) {
      if (f.start < at) continue;
      marks.push(text.slice(at, f.start));
      marks.push(<mark part="underline" class={f.severity}>{f.text}</mark>);
      at = f.end;
    }
    // The trailing space gives a final empty line its height, as the textarea does.
    marks.push(text.slice(at) + ' ');
    const n = this.findings.length;
    return (
      <>
        <div class="overlay" part="overlay" aria-hidden="true">
          <div class="mirror">{marks}</div>
        </div>
        <section class="findings" part="findings" aria-label={t(lang, 'findingsHeading')} onKeyDown={this.#onListKey}>
          <p class="count muted" role="status">
            {n === 0 ? t(lang, 'noFindings') : n === 1 ? t(lang, 'findingsCountOne') : t(lang, 'findingsCount', n)}
            {n > 0 ? ` · ${t(lang, 'keyboardHint')}` : ''}
          </p>
          {n > 0 && (
            <ul>
              {this.findings.map((f) => (
                <li class={`finding ${f.severity}`} part="finding" tabIndex={-1} key={`${f.rule}@${f.start}`}>
                  <span class="sev">{t(lang, `severity_${f.severity}`)}:</span>
                  <span class="phrase">“{f.text}”</span>
                  <p>{f.severity === 'info' ? t(lang, 'quoteWords') : f.message}</p>
                  {f.severity !== 'info' && f.suggestions.length > 0 && (
                    <div class="actions">
                      {f.suggestions.map((s) => (
                        <button type="button" part="suggestion" onClick={() => this.apply(f, s)}>
                          {t(lang, 'replaceLabel', f.text, s)}
                        </button>
                      ))}
                    </div>
                  )}
                  {f.sources.length > 0 && (
                    <cite>
                      {t(lang, 'source')}: {f.sources.map((s) => citationLabel(s)).join('; ')}
                    </cite>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </>
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rapport-note-check': RapportNoteCheck;
  }
}
