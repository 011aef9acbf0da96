/** A card's typed body blocks drawn as Preact elements: text only ever becomes text nodes. */
import type { ComponentChild } from 'preact';
import { citationLabel } from '../../shared/index.js';
import { t, type Lang } from '../lib/i18n.js';
import type { Block, CardData } from '../lib/content.js';

function BlockView({ block }: { block: Block }): ComponentChild {
  switch (block.type) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'quote':
      return <blockquote>{block.text}</blockquote>;
    case 'list':
      return (
        <ul>
          {block.items.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
      );
    case 'steps':
      return (
        <ol>
          {block.items.map((i) => (
            <li>{i}</li>
          ))}
        </ol>
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
          {t(lang, 'audience')}: {card.audiences.join(', ')} · {t(lang, 'topic')}: {card.topics.join(', ')}
        </span>
      </header>
      {card.body.map((b) => (
        <BlockView block={b} />
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
      <p class="sources">
        {t(lang, 'source')}: {card.sources.map((s) => citationLabel(s)).join('; ')}
      </p>
    </article>
  );
}
