import type { ComponentChild } from 'preact';
import { RapportElement } from '../base/rapport-element.js';
import { themeStyles } from '../base/theme.styles.js';
import { CardBody } from '../card/card-body.js';
import { cardBodyStyles, linkButtonStyles } from '../card/card.styles.js';
import { allCards, findCard, searchCards } from '../lib/content.js';
import { audienceLabel, t } from '../lib/i18n.js';
import { PinStore } from '../lib/pins.js';
import { cardDeckStyles } from './card-deck.styles.js';

/**
 * Every quick-reference card: search, filter by audience and topic, open in place, pin. Pins are
 * kept in this browser (they come back in every tab and after a restart); pinned cards come first.
 *
 * @tagname rapport-card-deck
 * @summary Search, filter and pin the quick-reference cards.
 *
 * @event rapport-pin - A card was pinned or unpinned. `detail: { card: string, pinned: boolean, pins: string[] }`.
 *
 * @csspart controls - The search box and filters.
 * @csspart list - The list of cards.
 * @csspart card - An opened card.
 * @csspart pin - A pin button.
 *
 * @cssproperty --rapport-color-accent - Pressed pin buttons, links and focus.
 * @cssproperty --rapport-color-surface - Background of each entry.
 */
export class RapportCardDeck extends RapportElement {
  static override styles = [themeStyles, cardBodyStyles, linkButtonStyles, cardDeckStyles];
  static override properties = {
    ...RapportElement.properties,
    query: { type: String },
    audience: { type: String },
    topic: { type: String },
    pinnedOnly: { type: Boolean, attribute: 'pinned-only' },
  };

  /** The search text. */
  declare query: string;
  /** Only cards for this audience ('' for all). */
  declare audience: string;
  /** Only cards on this topic ('' for all). */
  declare topic: string;
  /** Only pinned cards. */
  declare pinnedOnly: boolean;

  #pins = new PinStore();
  #open = new Set<string>();

  constructor() {
    super();
    this.query = '';
    this.audience = '';
    this.topic = '';
    this.pinnedOnly = false;
  }

  /** The ids of the pinned cards, in pinning order. */
  get pins(): readonly string[] {
    return this.#pins.pins;
  }

  #togglePin(id: string): void {
    this.#pins.toggle(id);
    this.emit('rapport-pin', { card: id, pinned: this.#pins.has(id), pins: [...this.#pins.pins] });
    this.requestUpdate();
  }

  #toggleOpen(id: string): void {
    if (this.#open.has(id)) this.#open.delete(id);
    else this.#open.add(id);
    this.requestUpdate();
  }

  protected override render(): ComponentChild {
    const lang = this.language;
    const cards = allCards();
    const audiences = [...new Set(cards.flatMap((c) => c.audiences))].sort();
    const topics = [...new Set(cards.flatMap((c) => c.topics))].sort();
    const shown = searchCards(this.query)
      .filter((c) => (!this.audience || (c.audiences as string[]).includes(this.audience)) && (!this.topic || c.topics.includes(this.topic)))
      .filter((c) => !this.pinnedOnly || this.#pins.has(c.id))
      .sort((a, b) => Number(this.#pins.has(b.id)) - Number(this.#pins.has(a.id)));
    return (
      <div class="deck">
        <div class="controls" part="controls" role="search">
          <label>
            {t(lang, 'search')}
            <input type="search" value={this.query} onInput={(e) => (this.query = (e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label>
            {t(lang, 'audience')}
            <select value={this.audience} onChange={(e) => (this.audience = (e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t(lang, 'all')}</option>
              {audiences.map((a) => (
                <option value={a}>{audienceLabel(lang, a)}</option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'topic')}
            <select value={this.topic} onChange={(e) => (this.topic = (e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t(lang, 'all')}</option>
              {topics.map((a) => (
                <option value={a}>{a}</option>
              ))}
            </select>
          </label>
          <label class="check">
            <input type="checkbox" checked={this.pinnedOnly} onChange={(e) => (this.pinnedOnly = (e.currentTarget as HTMLInputElement).checked)} />
            {t(lang, 'pinnedOnly')}
          </label>
        </div>
        <p class="muted" role="status">
          {shown.length ? t(lang, 'cardsShown', shown.length) : t(lang, 'noCards')}
        </p>
        {!this.#pins.persistent && (
          <p class="alert" role="alert">
            {t(lang, 'pinsNotSaved')}
          </p>
        )}
        <ul class="cards" part="list">
          {shown.map((c) => {
            const open = this.#open.has(c.id);
            const pinned = this.#pins.has(c.id);
            return (
              <li class="entry" key={c.id}>
                <div class="entry-head">
                  <button type="button" class="toggle" aria-expanded={open ? 'true' : 'false'} aria-controls={`card-${c.id}`} onClick={() => this.#toggleOpen(c.id)}>
                    {c.title}
                  </button>
                  <button type="button" part="pin" aria-pressed={pinned ? 'true' : 'false'} aria-label={t(lang, 'pinCard', c.title)} onClick={() => this.#togglePin(c.id)}>
                    {t(lang, 'pin')}
                  </button>
                </div>
                {!open && <p class="summary muted">{c.summary}</p>}
                <div id={`card-${c.id}`} hidden={!open}>
                  {open && (
                    <CardBody
                      card={c}
                      lang={lang}
                      headingLevel={4}
                      titleOf={(id) => findCard(id)?.title}
                      onRelated={(id) => {
                        this.#open.add(id);
                        this.query = '';
                        this.requestUpdate();
                      }}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rapport-card-deck': RapportCardDeck;
  }
}
