import type { ComponentChild } from 'preact';
import { RapportElement } from '../base/rapport-element.js';
import { themeStyles } from '../base/theme.styles.js';
import { createUpdateChecker } from '../../shared/index.js';
import { CheckedText, checkedTextStyles } from '../lib/checked-text.js';
import { DRAFT_CHANNEL, DraftStore, storageProblem, type DraftNotice, type DraftProblem, type DraftRecord } from '../lib/drafts.js';
import { t, type Lang } from '../lib/i18n.js';
import { attachInternals, type Internals } from '../lib/internals.js';
import { getAt, isAnswered, setAt, type FieldSpec, type SectionSpec } from '../../shared/reassessment/form.js';
import {
  emptyReassessment,
  reassessmentModel,
  stageOf,
  stageOptions,
  assessedOnOf,
  toSummaryText,
  validateReassessment,
  type ReassessmentRecord,
} from '../../shared/reassessment/model.js';
import { reassessmentStyles } from './reassessment.styles.js';
import { StageTimeline, formatDate, type TimelineEntry } from './stage-timeline.js';

const AUTOSAVE_MS = 400;

/**
 * The harm-reduction reassessment: the best-practice steps of the CDSS Harm Reduction training
 * ("HR Best Practices for Providers") as a form a worker can complete in any order. Its value is
 * a versioned, validated record; inside a `<form>` it submits that record as JSON under its `name`.
 * Drafts are saved in the browser (IndexedDB) under `draft-key` as the worker types.
 *
 * @tagname rapport-reassessment
 * @summary The harm-reduction reassessment form, form-associated, with drafts that survive reloads.
 *
 * @event rapport-change - The worker changed an answer. `detail: { value: ReassessmentRecord }`.
 * @event rapport-submit - The reassessment was submitted (its form submitted, or the widget's own Submit button outside a form). `detail: { value: ReassessmentRecord, summary: string }`.
 * @event rapport-draft - A draft was saved, restored or cleared. `detail: { state: 'saved' | 'restored' | 'cleared', rev: number }`.
 * @event rapport-error - Something the worker must know about went wrong (bad value from the portal, storage). `detail: { kind: string, message: string }`.
 *
 * @csspart nav - The list of sections with their completion.
 * @csspart section - One section of the form.
 * @csspart notice - A notice about drafts, storage or a bad value.
 * @csspart timeline - The stage-of-change timeline.
 * @csspart actions - The row of buttons at the end (print, summary, submit).
 * @csspart summary - The plain-text summary for the Needs and Services Plan.
 * @csspart suggestion - A button that applies a language suggestion in a free-text answer.
 *
 * @cssproperty --rapport-color-accent - Buttons, focus and the current point on the timeline.
 * @cssproperty --rapport-color-background - Background of the form.
 * @cssproperty --rapport-color-surface - Background of sections and notices.
 * @cssproperty --rapport-color-text - Text colour.
 * @cssproperty --rapport-color-border - Borders.
 * @cssproperty --rapport-radius - Corner radius.
 * @cssproperty --rapport-font-family - Font.
 */
export class RapportReassessment extends RapportElement {
  static formAssociated = true;
  static override styles = [themeStyles, checkedTextStyles, reassessmentStyles];
  static override properties = {
    ...RapportElement.properties,
    name: { type: String },
    draftKey: { type: String, attribute: 'draft-key' },
    required: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
    history: { attribute: false },
  };

  /** The form field name the record's JSON is submitted under. */
  declare name: string;
  /** Where drafts are kept in this browser; one key per youth/case (e.g. the case id). No key, no drafts. */
  declare draftKey: string;
  /** When set, the form is invalid until the required answers are given. */
  declare required: boolean;
  declare disabled: boolean;
  /** Earlier reassessments for the timeline, `{ date: 'YYYY-MM-DD', stage }[]`. Without it, those submitted in this browser under `draft-key`. */
  declare history: TimelineEntry[] | undefined;

  #internals: Internals;
  #record: ReassessmentRecord = emptyReassessment();
  #editor = Math.random().toString(36).slice(2);
  #rev = 0;
  #dirty = false;
  /**
   * Date fields become `type="date"` just after the first frame: Chromium builds a date control's
   * inner fields and locale data when the type is set (3-8 ms each here, half the first render),
   * and both sit in the form's last section, below the fold.
   */
  #datesReady = false;
  #timer = 0;
  #saving: Promise<void> = Promise.resolve();
  #store?: DraftStore;
  #storeOpening?: Promise<DraftStore | undefined>;
  #problem?: DraftProblem;
  #conflict?: { record?: DraftRecord<ReassessmentRecord>; cleared?: boolean };
  #restoredAt?: number;
  #badInput?: string;
  #storedHistory: TimelineEntry[] = [];
  #channel?: BroadcastChannel;
  #showSummary = false;
  #submitted = false;
  #boundForm?: HTMLFormElement | null;

  constructor() {
    super();
    this.name = '';
    this.draftKey = '';
    this.required = false;
    this.disabled = false;
    this.#internals = attachInternals(this);
    this.#internals.role = 'group';
  }

  // ----- public API -----

  /** The current record (a copy). Setting it validates; a record that fails keeps the form as it was and says why. */
  get value(): ReassessmentRecord {
    return structuredClone(this.#record);
  }

  set value(next: unknown) {
    const r = validateReassessment(next);
    if (!r.ok) {
      this.#badInput = r.message;
      this.emit('rapport-error', { kind: 'invalid-value', message: r.message });
      this.requestUpdate();
      return;
    }
    this.#badInput = undefined;
    this.#record = r.value;
    this.#afterChange(false);
  }

  /** Plain text for the Needs and Services Plan, in the form's language. */
  toSummaryText(): string {
    return toSummaryText(this.#record, this.language);
  }

  /** Whether every required answer is given (only enforced when `required`). */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Opens the browser's print dialog with the print view (the answers, without controls). */
  print(): void {
    window.print();
  }

  // ----- lifecycle -----

  override connectedCallback(): void {
    super.connectedCallback();
    this.#bindForm();
    window.addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#flushIfHidden);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#flush();
    this.#boundForm?.removeEventListener('submit', this.#onFormSubmit);
    this.#boundForm = undefined;
    window.removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#flushIfHidden);
    this.#channel?.close();
    this.#channel = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('draftKey')) void this.#openDraft();
    if (changed.has('required') || changed.has('lang')) this.#updateValidity();
    if (changed.has('history') && this.history !== undefined && !isHistory(this.history)) {
      this.#badInput = t(this.language, 'badHistory');
      this.emit('rapport-error', { kind: 'invalid-history', message: this.#badInput });
    }
  }

  protected override firstUpdated(): void {
    this.#updateValidity();
    // Compile the language rules once the form is on screen, so the worker's first keystroke
    // does not wait for it (the compiled rules are shared by every checker on the page).
    setTimeout(() => createUpdateChecker(), 0);
    requestAnimationFrame(() => {
      this.#datesReady = true;
      this.requestUpdate();
    });
  }

  formAssociatedCallback(): void {
    this.#bindForm();
  }

  /** The form was reset: start again from an empty record, and drop the draft (the worker asked for it). */
  formResetCallback(): void {
    this.#record = emptyReassessment();
    this.#badInput = undefined;
    this.#conflict = undefined;
    this.#restoredAt = undefined;
    void this.#clearDraft();
    this.#afterChange(false);
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** The browser restores a form's state on back/forward navigation. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.value = JSON.parse(state);
    } catch {
      // A state the browser kept from an older version: the draft (if any) still has the work.
    }
  }

  // ----- drafts -----

  async #openStore(): Promise<DraftStore | undefined> {
    if (this.#store) return this.#store;
    this.#storeOpening ??= DraftStore.open().then(
      (s) => (this.#store = s),
      (e) => {
        this.#setProblem(storageProblem(e));
        return undefined;
      },
    );
    return this.#storeOpening;
  }

  async #openDraft(): Promise<void> {
    this.#channel?.close();
    this.#channel = undefined;
    this.#rev = 0;
    const key = this.draftKey;
    if (!key) return;
    if (typeof BroadcastChannel !== 'undefined') {
      this.#channel = new BroadcastChannel(DRAFT_CHANNEL);
      this.#channel.onmessage = (e: MessageEvent<DraftNotice>) => this.#onNotice(e.data);
    }
    const store = await this.#openStore();
    if (!store || key !== this.draftKey) return;
    try {
      this.#storedHistory = await store.loadHistory(key);
      const draft = await store.load<ReassessmentRecord>(key);
      if (draft && key === this.draftKey) {
        const r = validateReassessment(draft.value);
        this.#rev = draft.rev;
        if (!r.ok) {
          this.#badInput = t(this.language, 'draftUnreadable', r.message);
        } else if (this.#dirty) {
          // The worker started typing before the saved draft was read: never replace their words.
          this.#conflict = { record: { ...draft, value: r.value } };
        } else {
          this.#record = r.value;
          this.#restoredAt = draft.savedAt;
          this.#afterChange(false);
          this.emit('rapport-draft', { state: 'restored', rev: draft.rev });
        }
      }
    } catch (e) {
      this.#setProblem(storageProblem(e));
    }
    this.requestUpdate();
  }

  #setProblem(problem: DraftProblem): void {
    if (this.#problem === problem) return;
    this.#problem = problem;
    this.emit('rapport-error', { kind: `storage-${problem}`, message: t(this.language, problem === 'full' ? 'storageFull' : 'storageUnavailable') });
    this.requestUpdate();
  }

  #scheduleSave(): void {
    if (!this.draftKey) return;
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => void this.#save(), AUTOSAVE_MS);
  }

  #flush = (): void => {
    if (this.#dirty && this.draftKey) {
      clearTimeout(this.#timer);
      void this.#save();
    }
  };

  #flushIfHidden = (): void => {
    if (document.visibilityState === 'hidden') this.#flush();
  };

  /** Saves the record as the next revision; saves run one after another so revisions stay in order. */
  #save(force = false): Promise<void> {
    this.#saving = this.#saving.then(async () => {
      const key = this.draftKey;
      if (!key || (this.#conflict && !force)) return;
      const store = await this.#openStore();
      if (!store) return;
      const record = this.#record;
      const result = await store.save(key, record, this.#rev, this.#editor, force);
      if (result.ok) {
        this.#rev = result.record.rev;
        if (this.#record === record) this.#dirty = false;
        if (this.#problem) {
          this.#problem = undefined;
          this.requestUpdate();
        }
        this.#channel?.postMessage({ key, rev: this.#rev, by: this.#editor } satisfies DraftNotice);
        this.emit('rapport-draft', { state: 'saved', rev: this.#rev });
      } else if ('conflict' in result) {
        this.#conflict = { record: result.conflict };
        this.requestUpdate();
      } else {
        this.#setProblem(result.problem);
      }
    });
    return this.#saving;
  }

  async #clearDraft(): Promise<void> {
    const key = this.draftKey;
    if (!key) return;
    clearTimeout(this.#timer);
    this.#dirty = false;
    const store = await this.#openStore();
    try {
      await store?.clear(key);
      this.#rev = 0;
      this.#channel?.postMessage({ key, rev: 0, by: this.#editor, cleared: true } satisfies DraftNotice);
      this.emit('rapport-draft', { state: 'cleared', rev: 0 });
    } catch (e) {
      this.#setProblem(storageProblem(e));
    }
  }

  /** Another tab saved or cleared this draft: stop autosaving and let the worker choose. */
  async #onNotice(n: DraftNotice): Promise<void> {
    if (n.key !== this.draftKey || n.by === this.#editor || n.rev === this.#rev) return;
    clearTimeout(this.#timer);
    if (n.cleared) {
      this.#conflict = { cleared: true };
    } else {
      const record = await this.#store?.load<ReassessmentRecord>(n.key);
      if (!record || record.rev === this.#rev) return;
      this.#conflict = { record };
    }
    this.requestUpdate();
  }

  #useTheirs(): void {
    const c = this.#conflict;
    if (!c) return;
    this.#conflict = undefined;
    if (c.cleared || !c.record) {
      this.#record = emptyReassessment();
      this.#rev = 0;
    } else {
      const r = validateReassessment(c.record.value);
      this.#record = r.ok ? r.value : this.#record;
      this.#rev = c.record.rev;
    }
    this.#dirty = false;
    this.#afterChange(false);
  }

  #keepMine(): void {
    this.#conflict = undefined;
    this.#dirty = true;
    void this.#save(true);
    this.requestUpdate();
  }

  // ----- editing -----

  #set(path: (string | number)[], v: unknown): void {
    this.#record = setAt(this.#record, path, v);
    this.#restoredAt = undefined;
    this.#afterChange(true);
  }

  #afterChange(byWorker: boolean): void {
    this.#internals.setFormValue(JSON.stringify(this.#record), JSON.stringify(this.#record));
    this.#updateValidity();
    if (byWorker) {
      this.#dirty = true;
      this.#submitted = false;
      this.#scheduleSave();
      this.emit('rapport-change', { value: this.value });
    }
    this.requestUpdate();
  }

  #missing(): FieldSpec[] {
    return reassessmentModel.sections
      .flatMap((s) => s.fields)
      .filter((f) => f.required && !isAnswered(getAt(this.#record, f.path)));
  }

  #updateValidity(): void {
    const missing = this.required ? this.#missing() : [];
    if (missing.length === 0) {
      this.#internals.setValidity({});
      return;
    }
    const lang = this.language;
    const anchor = this.root?.getElementById(missing[0].id) ?? undefined;
    this.#internals.setValidity(
      { valueMissing: true },
      t(lang, 'missingRequired', missing.map((f) => f.label[lang]).join('; ')),
      anchor ?? undefined,
    );
  }

  #bindForm(): void {
    const form = this.#internals.form;
    if (form === this.#boundForm) return;
    this.#boundForm?.removeEventListener('submit', this.#onFormSubmit);
    this.#boundForm = form;
    form?.addEventListener('submit', this.#onFormSubmit);
  }

  #onFormSubmit = (): void => {
    void this.#finish();
  };

  /**
   * The reassessment went to the portal: announce it, remember its stage for the timeline, drop the
   * draft. Both writes start at once, in the submit event's own task, because a portal's form post
   * navigates away right after it.
   */
  async #finish(): Promise<void> {
    const value = this.value;
    this.emit('rapport-submit', { value, summary: this.toSummaryText() });
    this.#submitted = true;
    this.#conflict = undefined;
    const stage = stageOf(value);
    const key = this.draftKey;
    const store = this.#store;
    const history =
      key && stage && store
        ? store.appendHistory(key, { date: assessedOnOf(value) ?? today(), stage }).then(
            (h) => (this.#storedHistory = h),
            (e) => this.#setProblem(storageProblem(e)),
          )
        : undefined;
    await Promise.all([history, this.#clearDraft()]);
    this.requestUpdate();
  }

  #submitOwn = (): void => {
    if (this.form) {
      this.form.requestSubmit();
      return;
    }
    if (this.required && this.#missing().length) {
      this.#focusFirstMissing();
      return;
    }
    void this.#finish();
  };

  #focusFirstMissing(): void {
    const f = this.#missing()[0];
    if (f) this.root.getElementById(f.id)?.focus();
  }

  // ----- rendering -----

  protected override render(): ComponentChild {
    const lang = this.language;
    const sections = reassessmentModel.sections;
    const missing = new Set(this.required ? this.#missing().map((f) => f.id) : []);
    return (
      <div class="form" lang={lang} aria-disabled={this.disabled ? 'true' : undefined}>
        <div class="notices">{this.#renderNotices(lang)}</div>
        <nav part="nav" aria-label={t(lang, 'sectionsNav')}>
          <ul>
            {sections.map((s) => {
              const done = s.fields.every((f) => !f.required || isAnswered(getAt(this.#record, f.path))) && s.fields.some((f) => isAnswered(getAt(this.#record, f.path)));
              return (
                <li key={s.id}>
                  <a href={`#${s.id}`} onClick={(e) => this.#jump(e, s.id)}>
                    {s.title[lang]}
                  </a>{' '}
                  <span class={done ? 'status done' : 'status'}>{done ? t(lang, 'sectionDone') : t(lang, 'sectionOpen')}</span>
                </li>
              );
            })}
          </ul>
        </nav>
        <fieldset class="sections" disabled={this.disabled}>
          <legend class="visually-hidden">{t(lang, 'formTitle')}</legend>
          {sections.map((s) => this.#renderSection(s, lang, missing))}
        </fieldset>
        <div class="actions" part="actions">
          <button type="button" onClick={() => this.print()}>
            {t(lang, 'print')}
          </button>
          <button type="button" aria-expanded={this.#showSummary ? 'true' : 'false'} aria-controls="summary" onClick={() => ((this.#showSummary = !this.#showSummary), this.requestUpdate())}>
            {t(lang, 'showSummary')}
          </button>
          {!this.form && (
            <button type="button" class="primary" onClick={this.#submitOwn} disabled={this.disabled}>
              {t(lang, 'submit')}
            </button>
          )}
          <span class="muted" role="status">
            {this.#submitted ? t(lang, 'submitted') : ''}
          </span>
        </div>
        <pre id="summary" class={this.#showSummary ? 'summary' : 'summary print-only'} part="summary">
          {this.toSummaryText()}
        </pre>
      </div>
    );
  }

  #jump(e: Event, id: string): void {
    e.preventDefault();
    const h = this.root.getElementById(`${id}-heading`);
    h?.scrollIntoView({ block: 'start' });
    h?.focus();
  }

  #renderNotices(lang: Lang): ComponentChild[] {
    const out: ComponentChild[] = [];
    if (this.#badInput) {
      out.push(
        <div class="alert" role="alert" part="notice">
          <p>{t(lang, 'badValue', this.#badInput)}</p>
          <button type="button" onClick={() => ((this.#badInput = undefined), this.requestUpdate())}>
            {t(lang, 'dismiss')}
          </button>
        </div>,
      );
    }
    if (this.#problem) {
      out.push(
        <div class="alert" role="alert" part="notice">
          <p>{t(lang, this.#problem === 'full' ? 'storageFull' : 'storageUnavailable')}</p>
        </div>,
      );
    }
    if (this.#conflict) {
      const c = this.#conflict;
      out.push(
        <div class="alert conflict" role="alert" part="notice">
          <p>
            {c.cleared
              ? t(lang, 'conflictCleared')
              : t(lang, 'conflict', c.record ? new Date(c.record.savedAt).toLocaleTimeString(lang === 'es' ? 'es-US' : 'en-US') : '')}
          </p>
          <div class="row">
            <button type="button" onClick={() => this.#useTheirs()}>
              {c.cleared ? t(lang, 'conflictStartOver') : t(lang, 'conflictTheirs')}
            </button>
            <button type="button" class="primary" onClick={() => this.#keepMine()}>
              {t(lang, 'conflictMine')}
            </button>
          </div>
        </div>,
      );
    }
    if (this.#restoredAt && !this.#conflict) {
      out.push(
        <p class="note" role="status" part="notice">
          {t(lang, 'restored', new Date(this.#restoredAt).toLocaleString(lang === 'es' ? 'es-US' : 'en-US'))}
        </p>,
      );
    }
    return out;
  }

  #renderSection(s: SectionSpec, lang: Lang, missing: Set<string>): ComponentChild {
    return (
      <section key={s.id} id={s.id} part="section" aria-labelledby={`${s.id}-heading`}>
        <h3 id={`${s.id}-heading`} tabIndex={-1}>
          {s.title[lang]}
        </h3>
        {s.intro && <p class="muted">{s.intro[lang]}</p>}
        {s.fields.map((f) => this.#renderField(f, [], lang, missing))}
        {s.cite && <cite>{s.cite}</cite>}
      </section>
    );
  }

  #renderField(f: FieldSpec, prefix: (string | number)[], lang: Lang, missing: Set<string>): ComponentChild {
    const path = [...prefix, ...f.path];
    const id = prefix.length ? `${f.id}-${prefix.join('-')}` : f.id;
    const value = getAt(this.#record, path);
    const labelId = `${id}-label`;
    const helpId = f.help ? `${id}-help` : undefined;
    const invalid = missing.has(f.id);
    const label = (
      <span class="label-text">
        {f.label[lang]}
        {f.required && (
          <span class="req">
            {' '}
            ({t(lang, 'required')})
          </span>
        )}
      </span>
    );
    const help = f.help && (
      <span class="help muted" id={helpId}>
        {f.help[lang]}
      </span>
    );
    switch (f.kind) {
      case 'text':
        return (
          <div class="field" key={id}>
            <label id={labelId} for={id}>
              {label}
            </label>
            {help}
            <CheckedText id={id} value={(value as string) ?? ''} lang={lang} labelledBy={labelId} describedBy={helpId} required={f.required} invalid={invalid} rows={f.rows} onValue={(v) => this.#set(path, v)} />
          </div>
        );
      case 'line':
        return (
          <div class="field" key={id}>
            <label id={labelId} for={id}>
              {label}
            </label>
            {help}
            <input id={id} type="text" value={(value as string) ?? ''} aria-describedby={helpId} aria-invalid={invalid ? 'true' : undefined} onInput={(e) => this.#set(path, (e.currentTarget as HTMLInputElement).value)} />
          </div>
        );
      case 'choice':
      case 'stage':
        return (
          <fieldset class="field choice" key={id} aria-describedby={helpId} aria-invalid={invalid ? 'true' : undefined}>
            <legend>{label}</legend>
            {help}
            <div class="options" id={id} tabIndex={-1}>
              {f.options.map((o) => (
                <label class="option" key={o.value}>
                  <input type="radio" name={id} value={o.value} checked={value === o.value} onChange={() => this.#set(path, o.value)} />
                  <span>
                    {o.label[lang]}
                    {o.help && <span class="muted option-help">{o.help[lang]}</span>}
                  </span>
                </label>
              ))}
            </div>
            {f.kind === 'stage' && this.#renderTimeline(lang, value as string | undefined)}
          </fieldset>
        );
      case 'multi': {
        const chosen = Array.isArray(value) ? (value as string[]) : [];
        return (
          <fieldset class="field choice" key={id} aria-describedby={helpId}>
            <legend>{label}</legend>
            {help}
            <div class="options" id={id} tabIndex={-1}>
              {f.options.map((o) => (
                <label class="option" key={o.value}>
                  <input
                    type="checkbox"
                    value={o.value}
                    checked={chosen.includes(o.value)}
                    onChange={(e) =>
                      this.#set(path, (e.currentTarget as HTMLInputElement).checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))
                    }
                  />
                  <span>{o.label[lang]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      }
      case 'date': {
        const v = (value as string) ?? '';
        return (
          <div class="field" key={id}>
            <label id={labelId} for={id}>
              {label}
            </label>
            {help}
            <div class="row">
              <input id={id} type={this.#datesReady ? 'date' : 'text'} value={v} aria-describedby={helpId} aria-invalid={invalid ? 'true' : undefined} onInput={(e) => this.#set(path, (e.currentTarget as HTMLInputElement).value)} />
              <span role="group" aria-label={t(lang, 'datePresets')} class="row">
                {f.presets.map((p) => {
                  const d = addDays(this.#baseDate(), p.days);
                  return (
                    <button type="button" key={p.days} aria-pressed={v === d ? 'true' : 'false'} onClick={() => this.#set(path, d)}>
                      {p.label[lang]}
                    </button>
                  );
                })}
              </span>
            </div>
            {v && <span class="muted">{formatDate(v, lang)}</span>}
          </div>
        );
      }
      case 'list': {
        const items = Array.isArray(value) ? (value as unknown[]) : [];
        return (
          <fieldset class="field list" key={id}>
            <legend>{label}</legend>
            {help}
            <ol class="items" id={id} tabIndex={-1}>
              {items.map((_, i) => (
                <li key={i} class="item">
                  <fieldset>
                    <legend>
                      {f.itemLabel[lang]} {i + 1}
                    </legend>
                    {f.item.map((sub) => this.#renderField(sub, [...path, i], lang, missing))}
                    <button type="button" onClick={() => this.#set(path, items.filter((__, j) => j !== i))}>
                      {f.removeLabel[lang]} {i + 1}
                    </button>
                  </fieldset>
                </li>
              ))}
            </ol>
            <button
              type="button"
              onClick={() => {
                this.#set(path, [...items, f.newItem()]);
                void this.updateComplete.then(() => this.root.querySelector<HTMLElement>(`#${CSS.escape(id)} > li:last-child :is(textarea, input, select)`)?.focus());
              }}
            >
              {f.addLabel[lang]}
            </button>
          </fieldset>
        );
      }
    }
  }

  /** The date the presets count from: the reassessment's own date when it has one, else today. */
  #baseDate(): string {
    return assessedOnOf(this.#record) ?? today();
  }

  #renderTimeline(lang: Lang, current: string | undefined): ComponentChild {
    const earlier = isHistory(this.history) ? this.history : this.#storedHistory;
    const entries: TimelineEntry[] = [...earlier];
    if (current) entries.push({ date: this.#baseDate(), stage: current, current: true });
    return <StageTimeline id="stage-timeline" lang={lang} entries={entries} stages={stageOptions().map((s) => ({ id: s.value, label: s.label[lang] }))} />;
  }
}

/** Whether the portal's `history` is a list of `{ date: 'YYYY-MM-DD', stage }`. */
function isHistory(x: unknown): x is TimelineEntry[] {
  return Array.isArray(x) && x.every((e) => e && typeof e.stage === 'string' && typeof e.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.date));
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

declare global {
  interface HTMLElementTagNameMap {
    'rapport-reassessment': RapportReassessment;
  }
}
