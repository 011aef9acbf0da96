import { css } from '@lit/reactive-element';

export const cardDeckStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin-bottom: var(--_space);
  }
  .controls label {
    display: grid;
    gap: 0.2rem;
    font-weight: 600;
    font-size: 0.92em;
  }
  .controls input[type='search'] {
    min-width: 16rem;
  }
  .controls label.check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
  }
  ul.cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .entry {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .entry-head {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    padding: 0.4rem 0.6rem;
  }
  .entry-head .toggle {
    flex: 1;
    text-align: left;
    border: 0;
    background: none;
    font-weight: 600;
  }
  .entry-head .toggle::before {
    content: '▸ ';
  }
  .entry-head .toggle[aria-expanded='true']::before {
    content: '▾ ';
  }
  .entry .summary {
    margin: -0.3rem 0 0.5rem;
    padding: 0 0.6rem 0 2.2rem;
    font-size: 0.92em;
  }
  .entry .card {
    border: 0;
    border-top: 1px solid var(--_border);
    border-radius: 0 0 var(--_radius) var(--_radius);
  }
`;
