import { css } from '@lit/reactive-element';

export const reassessmentStyles = css`
  .form {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* Notices stay in view while the worker scrolls the form: a storage problem or another tab's
     change can arrive while they type far below the top. */
  .notices {
    position: sticky;
    top: 0;
    z-index: 1;
  }
  .notices > * {
    background: var(--_bg);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
  }
  nav ul {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    columns: 2 16em;
    column-gap: 2em;
  }
  nav li {
    break-inside: avoid;
  }
  nav a {
    color: var(--_accent);
  }
  .status {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .status.done {
    color: var(--_ok);
    font-weight: 600;
  }
  fieldset.sections {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: grid;
    gap: var(--_space);
  }
  section {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  section > h3:focus {
    outline: none;
  }
  section > h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .field {
    margin: 0 0 0.9rem;
    border: 0;
    padding: 0;
    min-width: 0;
  }
  .field > label,
  .field > legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
    padding: 0;
  }
  .help,
  .option-help {
    display: block;
    font-size: 0.9em;
    margin-bottom: 0.3rem;
  }
  .req {
    font-weight: 400;
    color: var(--_muted);
  }
  [aria-invalid='true'] {
    border-color: var(--_avoid);
  }
  .options {
    display: grid;
    gap: 0.3rem;
  }
  .option {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.25em 0.4em;
    border-radius: var(--_radius);
  }
  .option:hover {
    background: var(--_bg);
  }
  .option input {
    margin-top: 0.3em;
    accent-color: var(--_accent);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  input[type='text'] {
    width: 100%;
  }
  .items {
    padding-left: 0;
    list-style: none;
    display: grid;
    gap: 0.6rem;
    margin: 0 0 0.5rem;
  }
  .item > fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6rem;
    background: var(--_bg);
  }
  .item legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: var(--_space);
  }
  .summary {
    white-space: pre-wrap;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    font-family: inherit;
    font-size: 0.95em;
  }
  .summary.print-only {
    display: none;
  }
  .note {
    background: var(--_surface);
    border-left: 5px solid var(--_ok);
    padding: 0.4em 0.7em;
    border-radius: var(--_radius);
  }
  .alert.conflict {
    border-color: var(--_consider);
  }
  .timeline {
    margin: 0.6rem 0 0;
  }
  .timeline svg {
    width: 100%;
    max-width: 40rem;
    height: auto;
    display: block;
  }
  .timeline .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .timeline .axis,
  .timeline .date {
    fill: var(--_muted);
    font-size: 11px;
  }
  .timeline .move {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .timeline .move.back {
    stroke: var(--_consider);
    stroke-dasharray: 5 4;
  }
  .timeline .point {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .timeline .point.current {
    fill: var(--_accent);
  }
  @media print {
    .form {
      border: 0;
      padding: 0;
    }
    nav,
    fieldset.sections,
    .actions,
    .notices {
      display: none;
    }
    .summary,
    .summary.print-only {
      display: block;
      border: 0;
      background: none;
      color: #000;
    }
  }
`;
