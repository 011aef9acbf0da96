/** A card's typed body blocks drawn as Preact elements: text only ever becomes text nodes. */
import type { ComponentChild } from 'preact';
import { citationLabel } from '../../shared/index.js';
import { audienceLabel, t, type Lang } from '../lib/i18n.js';
import type { Block, CardData } from '../lib/content.js';

const items = (list: string[]) => list.map((i) => <li>{i}</li>);

function BlockView({ block: b, level }: { block: Block; level: number }): ComponentChild {
  switch (b.type) {
    case 'heading': {
      const H = `h${Math.min(level + 1, 6)}` as 'h4';
      return <H>{b.text}</H>;
    }
    case 'paragraph':
      return <p>{b.text}</p>;
    case 'callout':
      return <p class="callout">{b.text}</p>;
    case 'quote':
      return (
        <blockquote>
          {b.text}
          {b.cite && <cite> ({b.cite})</cite>}
        </blockquote>
      );
    case 'list':
      return <ul>{items(b.items)}</ul>;
    case 'checklist':
      return <ul class="checklist">{items(b.items)}</ul>;
    case 'questions':
      return <ul class="questions">{items(b.items)}</ul>;
    case 'steps':
      return <ol>{items(b.items)}</ol>;
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {b.head.map((h) => (
                <th scope="col">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {b.rows.map((r) => (
              <tr>
                {r.map((c) => (
                  <td>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'comparison':
      return (
        <div class="comparison">
          {[b.left, b.right].map((side) => (
            <div>
              <strong>{side.label}</strong>
              <ul>{items(side.items)}</ul>
            </div>
          ))}
        </div>
      );
  }
}

export interface CardBodyProps {
  card: CardData;
  lang: Lang;
  headingLevel?: 2 | 3 | 4;
  headingId?: string;
  /** Called with a related card's id; without it related cards are listed as text. */
  onRelated?: (id: string) => void;
  titleOf?: (id: string) => string | undefined;
}

export function CardBody({ card, lang, headingLevel = 3, headingId, onRelated, titleOf }: CardBodyProps): ComponentChild {
  const H = `h${headingLevel}` as 'h3';
  const related = card.related.map((id) => ({ id, title: titleOf?.(id) })).filter((r) => r.title);
  return (
    <article class="card" part="card" aria-labelledby={headingId}>
      <header>
        <H id={headingId} tabIndex={-1}>
          {card.title}
        </H>
        <span class="meta">
          {t(lang, 'audience')}: {card.audiences.map((a) => audienceLabel(lang, a)).join(', ')} · {t(lang, 'topic')}: {card.topics.join(', ')}
        </span>
      </header>
      {card.body.map((b) => (
        <BlockView block={b} level={headingLevel} />
      ))}
      {related.length > 0 && (
        <p class="related">
          {t(lang, 'related')}:{' '}
          {related.map((r, i) => (
            <>
              {i > 0 && ', '}
              {onRelated ? (
                <button type="button" class="link" onClick={() => onRelated(r.id)}>
                  {r.title}
                </button>
              ) : (
                r.title
              )}
            </>
          ))}
        </p>
      )}
      <details class="sources">
        <summary>
          {t(lang, 'source')}: {[...new Set(card.sources.map((s) => citationLabel(s)))].join('; ')}
        </summary>
        <ul>
          {card.sources
            .filter((s) => s.quote)
            .map((s) => (
              <li>
                {citationLabel(s)}: <q>{s.quote}</q>
              </li>
            ))}
        </ul>
      </details>
    </article>
  );
}
