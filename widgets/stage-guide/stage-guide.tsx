import type { ComponentChild } from 'preact';
import { citationLabel } from '../../shared/index.js';
import { RapportElement } from '../base/rapport-element.js';
import { themeStyles } from '../base/theme.styles.js';
import { allStages, findCard, stageLimits } from '../lib/content.js';
import { t } from '../lib/i18n.js';
import { stageGuideStyles } from './stage-guide.styles.js';

/**
 * One stage of change: what a worker may see, engagement goals, prompts to try, what to avoid, and
 * the model's limits,
 * with a picker to move between stages.
 *
 * @tagname rapport-stage-guide
 * @summary The stage-of-change guide with a stage picker.
 *
 * @event rapport-stage-change - The worker picked another stage. `detail: { stage: string }`.
 *
 * @csspart picker - The row of stage buttons.
 * @csspart guide - The selected stage's guidance.
 *
 * @cssproperty --rapport-color-accent - The selected stage and focus.
 * @cssproperty --rapport-color-avoid - Markers of the "what to avoid" list.
 */
export class RapportStageGuide extends RapportElement {
  static override styles = [themeStyles, stageGuideStyles];
  static override properties = {
    ...RapportElement.properties,
    stage: { type: String, reflect: true },
  };

  /** The stage id shown: precontemplation, contemplation, determination, action or maintenance. */
  declare stage: string;

  constructor() {
    super();
    this.stage = 'precontemplation';
  }

  #pick(id: string): void {
    if (id === this.stage) return;
    this.stage = id;
    this.emit('rapport-stage-change', { stage: id });
  }

  /** Arrow keys move between the stage buttons, as in a toolbar. */
  #onPickerKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('.picker button')];
    const i = buttons.indexOf(e.target as HTMLButtonElement);
    const next = buttons[(i + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    e.preventDefault();
  };

  protected override render(): ComponentChild {
    const lang = this.language;
    const stages = allStages();
    const s = stages.find((x) => x.id === this.stage);
    return (
      <div>
        <fieldset class="picker" part="picker" onKeyDown={this.#onPickerKey}>
          <legend>{t(lang, 'chooseStage')}</legend>
          {stages.map((x) => (
            <button type="button" key={x.id} aria-pressed={x.id === this.stage ? 'true' : 'false'} onClick={() => this.#pick(x.id)}>
              {x.name}
            </button>
          ))}
        </fieldset>
        {!s ? (
          <p class="alert" role="alert">
            {t(lang, 'stageMissing', this.stage)}
          </p>
        ) : (
          <section class="guide" part="guide" aria-labelledby="stage-name">
            <h3 id="stage-name">
              {t(lang, 'stage')}: {s.name}
            </h3>
            {s.alsoCalled && (
              <p class="muted">
                {t(lang, 'alsoCalled')}: {s.alsoCalled.join(', ')}
              </p>
            )}
            <h4>{t(lang, 'behaviours')}</h4>
            <ul>
              {s.behaviours.map((b) => (
                <li>{b}</li>
              ))}
            </ul>
            <h4>{t(lang, 'goals')}</h4>
            <ul>
              {s.goals.map((b) => (
                <li>{b}</li>
              ))}
            </ul>
            <h4>{t(lang, 'prompts')}</h4>
            <ul class="prompts">
              {s.prompts.map((b) => (
                <li>{b}</li>
              ))}
            </ul>
            <h4>{t(lang, 'avoid')}</h4>
            <ul class="avoid-list">
              {s.avoid.map((b) => (
                <li>{b}</li>
              ))}
            </ul>
            <p class="limits">
              <strong>{t(lang, 'limits')}:</strong> {stageLimits.text}
            </p>
            <p>
              {t(lang, 'related')}:{' '}
              {s.related
                .map((id) => findCard(id)?.title)
                .filter(Boolean)
                .join('; ')}
            </p>
            <cite>
              {t(lang, 'source')}: {[...new Set([...s.sources, ...stageLimits.sources].map((x) => citationLabel(x)))].join('; ')}
            </cite>
          </section>
        )}
      </div>
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rapport-stage-guide': RapportStageGuide;
  }
}
