import { css } from '@lit/reactive-element';

export const noteCheckStyles = css`
  .overlay {
    position: fixed;
    pointer-events: none;
    overflow: hidden;
    z-index: 2147483000;
  }
  .mirror {
    width: 100%;
    height: 100%;
    overflow: hidden;
    color: transparent;
    white-space: pre-wrap;
    overflow-wrap: break-word;
    border-style: solid;
    border-color: transparent;
  }
  mark {
    color: transparent;
    background: none;
    text-decoration-line: underline;
    text-decoration-style: wavy;
    text-decoration-thickness: 2px;
    text-decoration-skip-ink: none;
    text-underline-offset: 3px;
    text-decoration-color: var(--_avoid);
  }
  mark.consider {
    text-decoration-color: var(--_consider);
  }
  mark.info {
    text-decoration-style: dotted;
    text-decoration-color: var(--_info);
  }
  .findings {
    margin-top: 0.5rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  li {
    border: 1px solid var(--_border);
    border-left: 5px solid var(--_avoid);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    background: var(--_bg);
  }
  li.consider {
    border-left-color: var(--_consider);
  }
  li.info {
    border-left-color: var(--_info);
  }
  .sev {
    font-weight: 600;
    margin-right: 0.4em;
  }
  .phrase {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0.35rem 0;
  }
  .count {
    margin: 0 0 0.4rem;
  }
`;
