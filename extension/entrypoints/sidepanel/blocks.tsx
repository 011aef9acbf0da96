/** A card's typed body blocks as Preact elements: text is always text, never HTML. */
import type { Block } from '../../../shared/content/types.js';

export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((b) => {
        switch (b.type) {
          case 'heading':
            return <h4>{b.text}</h4>;
          case 'paragraph':
            return <p>{b.text}</p>;
          case 'callout':
            return <p><strong>{b.text}</strong></p>;
          case 'quote':
            return <blockquote>{b.text}{b.cite ? <cite> ({b.cite})</cite> : null}</blockquote>;
          case 'steps':
            return <ol>{b.items.map((i) => <li>{i}</li>)}</ol>;
          case 'list':
          case 'checklist':
          case 'questions':
            return <ul>{b.items.map((i) => <li>{i}</li>)}</ul>;
          case 'table':
            return (
              <table>
                <thead><tr>{b.head.map((h) => <th scope="col">{h}</th>)}</tr></thead>
                <tbody>{b.rows.map((r) => <tr>{r.map((c) => <td>{c}</td>)}</tr>)}</tbody>
              </table>
            );
          case 'comparison':
            return (
              <div class="row">
                {[b.left, b.right].map((side) => (
                  <section><h5>{side.label}</h5><ul>{side.items.map((i) => <li>{i}</li>)}</ul></section>
                ))}
              </div>
            );
        }
      })}
    </>
  );
}
