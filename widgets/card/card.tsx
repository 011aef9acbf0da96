import type { ComponentChild } from 'preact';
import { RapportElement } from '../base/rapport-element.js';
import { themeStyles } from '../base/theme.styles.js';
import { allCards, findCard } from '../lib/content.js';
import { t } from '../lib/i18n.js';
import { CardBody } from './card-body.js';
import { cardBodyStyles, linkButtonStyles } from './card.styles.js';

/**
 * One quick-reference card, by id. Related cards open in place; an unknown id says so in the
 * element (and lists the cards that exist) rather than leaving a blank space on the portal.
 *
 * @tagname rapport-card
 * @summary One quick-reference card.
 *
 * @event rapport-card-change - The card shown changed (a related card was opened). `detail: { card: string }`.
 * @event rapport-error - The `card` id does not exist. `detail: { kind: 'unknown-card', message: string }`.
 *
 * @csspart card - The card.
 * @csspart error - The message shown for an unknown card id.
 *
 * @cssproperty --rapport-color-accent - Links and focus.
 * @cssproperty --rapport-color-background - Card background.
 * @cssproperty --rapport-color-border - Card border.
 */
export class RapportCard extends RapportElement {
  static override styles = [themeStyles, cardBodyStyles, linkButtonStyles];
  static override properties = {
    ...RapportElement.properties,
    card: { type: String, reflect: true },
  };

  /** The id of the card to show. */
  declare card: string;

  constructor() {
    super();
    this.card = '';
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('card') && this.card && !findCard(this.card)) {
      this.emit('rapport-error', { kind: 'unknown-card', message: t(this.language, 'cardMissing', this.card) });
    }
  }

  protected override render(): ComponentChild {
    const lang = this.language;
    const card = findCard(this.card);
    if (!card) {
      return (
        <div class="alert" role="alert" part="error">
          <p>{t(lang, 'cardMissing', this.card)}</p>
          <p class="muted">{t(lang, 'cardMissingHelp')}</p>
          <ul>
            {allCards().map((c) => (
              <li key={c.id}>
                <code>{c.id}</code>: {c.title}
              </li>
            ))}
          </ul>
        </div>
      );
    }
    return (
      <CardBody
        card={card}
        lang={lang}
        headingId="card-title"
        titleOf={(id) => findCard(id)?.title}
        onRelated={(id) => {
          this.card = id;
          this.emit('rapport-card-change', { card: id });
          void this.updateComplete.then(() => this.root.getElementById('card-title')?.focus());
        }}
      />
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rapport-card': RapportCard;
  }
}
