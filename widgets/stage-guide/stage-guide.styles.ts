import { css } from '@lit/reactive-element';

export const stageGuideStyles = css`
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }
  .picker legend {
    font-weight: 600;
    margin-bottom: 0.35rem;
    padding: 0;
  }
  .guide {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .guide ul {
    margin: 0 0 0.7rem;
    padding-left: 1.3em;
  }
  .guide h4 {
    margin-top: 0.4rem;
  }
  .guide .prompts li {
    font-style: italic;
  }
  .guide .avoid-list li::marker {
    color: var(--_avoid);
  }
  .limits {
    font-size: 0.92em;
    color: var(--_muted);
    border-left: 4px solid var(--_consider);
    padding-left: 0.6rem;
  }
`;
