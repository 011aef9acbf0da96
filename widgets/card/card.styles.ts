import { css } from '@lit/reactive-element';

/** Shared by <rapport-card>, the deck and the stage guide: how a card's body blocks look. */
export const cardBodyStyles = css`
  .card {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .card header {
    margin-bottom: 0.5rem;
  }
  .card .meta {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .card ul,
  .card ol {
    margin: 0 0 0.6em;
    padding-left: 1.3em;
  }
  .card li {
    margin-bottom: 0.2em;
  }
  .card table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 0.6em;
    font-size: 0.95em;
  }
  .card th,
  .card td {
    border: 1px solid var(--_border);
    padding: 0.3em 0.5em;
    text-align: left;
    vertical-align: top;
  }
  .card th {
    background: var(--_surface);
  }
  .card blockquote {
    margin: 0 0 0.6em;
    padding: 0.2em 0.8em;
    border-left: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .card .callout {
    border-left: 4px solid var(--_consider);
    padding: 0.3em 0.7em;
    background: var(--_surface);
  }
  .card ul.checklist {
    list-style: '☐  ';
  }
  .card ul.questions {
    list-style: '?  ';
  }
  .card .comparison {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.75rem;
    margin-bottom: 0.6em;
  }
  .card .comparison > div {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }
  .card .sources {
    margin-top: 0.6rem;
    font-size: 0.88em;
    color: var(--_muted);
  }
  .card .sources summary {
    cursor: pointer;
  }
  .card .sources ul {
    margin: 0.3rem 0 0;
  }
  .card a {
    color: var(--_accent);
  }
`;

export const linkButtonStyles = css`
  button.link {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    border-radius: 2px;
  }
`;
