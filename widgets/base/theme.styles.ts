/**
 * The design tokens every element shares. Portals theme Rapport through these `--rapport-*` custom
 * properties (they inherit through the shadow boundary) and through the documented `::part`s.
 * Each token falls back to a light value, a dark value under `prefers-color-scheme: dark` (unless
 * the host says `theme="light"`), or the dark value when the host says `theme="dark"`.
 */
import { css } from '@lit/reactive-element';

/** The dark palette, once: used under `prefers-color-scheme: dark` and for `theme="dark"`. */
const darkTokens = css`
  --_bg: var(--rapport-color-background, #16191d);
  --_surface: var(--rapport-color-surface, #22272e);
  --_text: var(--rapport-color-text, #e6e9ec);
  --_muted: var(--rapport-color-muted, #aab4be);
  --_border: var(--rapport-color-border, #56606b);
  --_accent: var(--rapport-color-accent, #7cb8f7);
  --_accent-text: var(--rapport-color-accent-text, #0d1117);
  --_avoid: var(--rapport-color-avoid, #ff8a80);
  --_consider: var(--rapport-color-consider, #f2c46d);
  --_info: var(--rapport-color-info, #aab4be);
  --_ok: var(--rapport-color-ok, #7bd88f);
  --_focus: var(--rapport-color-focus, #7cb8f7);
  color-scheme: dark;
`;

export const themeStyles = css`
  :host {
    --_bg: var(--rapport-color-background, #ffffff);
    --_surface: var(--rapport-color-surface, #f4f6f8);
    --_text: var(--rapport-color-text, #1b1f24);
    --_muted: var(--rapport-color-muted, #4d5661);
    --_border: var(--rapport-color-border, #a9b3bd);
    --_accent: var(--rapport-color-accent, #0b5cad);
    --_accent-text: var(--rapport-color-accent-text, #ffffff);
    --_avoid: var(--rapport-color-avoid, #b3261e);
    --_consider: var(--rapport-color-consider, #8a5a00);
    --_info: var(--rapport-color-info, #4d5661);
    --_ok: var(--rapport-color-ok, #1e6b35);
    --_focus: var(--rapport-color-focus, #0b5cad);
    --_radius: var(--rapport-radius, 6px);
    --_font: var(--rapport-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_space: var(--rapport-spacing, 0.75rem);
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--rapport-font-size, 1rem);
    line-height: 1.45;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .panel {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.4em;
    line-height: 1.25;
  }
  h2 { font-size: 1.25em; }
  h3 { font-size: 1.08em; }
  h4 { font-size: 1em; }
  p { margin: 0 0 0.6em; }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border: 1px solid var(--_border);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.3em 0.7em;
    transition: background-color 120ms ease-out;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  input,
  select,
  textarea {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.5em;
  }
  textarea {
    width: 100%;
    min-height: 4.5em;
    resize: vertical;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  .alert {
    border: 1px solid var(--_avoid);
    border-left-width: 6px;
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin: 0 0 var(--_space);
    background: var(--_surface);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  cite {
    font-style: normal;
    color: var(--_muted);
    font-size: 0.88em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
