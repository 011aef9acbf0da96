/** The suggestion card: a labelled dialog in Rapport's closed shadow root, drawn with Preact. */
import { Component, createRef, render } from 'preact';
import { citationLabel } from '../../shared/content/source-labels.js';
import type { Finding } from '../../shared/language/types.js';

export interface CardActions {
  apply(index: number): void;
  ignore(): void;
  disableRule(): void;
  close(): void;
}

export interface CardProps {
  finding: Finding;
  /** The phrase's rectangle in viewport coordinates: the card never covers it. */
  anchor: DOMRect;
  related?: { title: string; summary: string };
  focusFirst: boolean;
  actions: CardActions;
}

const WIDTH = 340;

/**
 * A class component, not hooks: the content script stays within its size budget without Preact's
 * hooks module. After each render the card is placed; focus moves only for a new finding.
 */
class Card extends Component<CardProps> {
  #first = createRef<HTMLButtonElement>();
  #box = createRef<HTMLDivElement>();

  override componentDidMount() {
    this.#place(true);
  }

  override componentDidUpdate(prev: CardProps) {
    this.#place(prev.finding !== this.props.finding || prev.focusFirst !== this.props.focusFirst);
  }

  #place(focus: boolean) {
    const { anchor, focusFirst } = this.props;
    if (focus && focusFirst) (this.#first.current ?? this.#box.current)?.focus();
    // Below the phrase if it fits, else above; always inside the viewport.
    const el = this.#box.current!;
    const h = el.offsetHeight;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    let top = anchor.bottom + 6;
    if (top + h > vh - 4 && anchor.top - 6 - h >= 4) top = anchor.top - 6 - h;
    top = Math.max(4, Math.min(top, vh - h - 4));
    const left = Math.max(4, Math.min(anchor.left, vw - Math.min(WIDTH, vw - 8) - 4));
    el.style.top = `${top}px`;
    el.style.left = `${left}px`;
  }

  render({ finding, related, actions }: CardProps) {
    const first = this.#first;
    const box = this.#box;
    const src = finding.sources[0];
    return (
      <div
        ref={box}
        class="card"
        role="dialog"
        aria-modal="false"
        aria-labelledby="rapport-phrase"
        aria-describedby="rapport-why"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            actions.close();
          }
        }}
      >
        <p class="eyebrow">{finding.severity === 'avoid' ? 'Rapport suggests avoiding' : 'Rapport suggests reconsidering'}</p>
        <h2 id="rapport-phrase">“{finding.text}”</h2>
        <p id="rapport-why">{finding.message}</p>
        {finding.suggestions.length > 0 && (
          <ul class="suggestions" aria-label="Suggestions">
            {finding.suggestions.map((s, i) => (
              <li>
                <button type="button" class="suggestion" ref={i === 0 ? first : undefined} onClick={() => actions.apply(i)}>
                  {s}
                </button>
              </li>
            ))}
          </ul>
        )}
        {src && (
          <p class="source">
            <span>Source: {citationLabel(src)}</span>
            {src.quote && <q>{src.quote}</q>}
          </p>
        )}
        {related && (
          <details class="learn">
            <summary>Learn more: {related.title}</summary>
            <p>{related.summary}</p>
          </details>
        )}
        <div class="actions">
          <button type="button" onClick={actions.ignore}>Ignore here</button>
          <button type="button" onClick={actions.disableRule}>Turn off this rule</button>
          <button type="button" aria-label="Close" onClick={actions.close}>Close</button>
        </div>
      </div>
    );
  }
}

export function renderCard(container: Element, props: CardProps | null): void {
  render(props ? <Card {...props} /> : null, container);
}

export const cardStyles = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid #b3261e; }
.box.consider { border-bottom: 2px dashed #8a5a00; }
.card { position: fixed; pointer-events: auto; width: min(${WIDTH}px, calc(100vw - 8px)); box-sizing: border-box; padding: 12px 14px;
  background: #fff; color: #1b1b1f; border: 1px solid #8c8c96; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card:focus { outline: none; }
.eyebrow { margin: 0 0 2px; font-size: 12px; color: #5a5a66; }
h2 { margin: 0 0 6px; font-size: 16px; }
p { margin: 0 0 8px; }
.suggestions { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 4px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #8c8c96; background: #f4f4f7; color: inherit; padding: 4px 8px; }
button.suggestion { width: 100%; text-align: left; background: #e8f1ea; border-color: #2e6b3f; color: #123d1f; }
button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 1px; }
.source { font-size: 12px; color: #4a4a55; }
.source q { display: block; margin-top: 2px; font-style: italic; }
.learn { font-size: 13px; margin: 0 0 8px; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f24; color: #ececf1; border-color: #6b6b75; }
  .eyebrow, .source { color: #b9b9c4; }
  button { background: #2b2b31; border-color: #6b6b75; }
  button.suggestion { background: #17351f; border-color: #5fae73; color: #d8f3df; }
}
`;
