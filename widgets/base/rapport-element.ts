/**
 * The base of every Rapport element: @lit/reactive-element owns properties, attributes and the
 * update cycle; Preact owns the DOM inside the shadow root. ReactiveElement's `update()` reflects
 * attributes and marks the element updated; we then hand `render()`'s virtual tree to Preact, which
 * diffs it against what it drew last time (so focus, selection and caret inside our inputs survive
 * re-renders, which a template-string renderer would not give us for free).
 *
 * Styles are constructed stylesheets adopted by the shadow root (ReactiveElement's `adoptStyles`),
 * never `<style>` elements or `style` attributes: both are blocked by a strict
 * `style-src 'self'` Content-Security-Policy that county portals use.
 */
import { ReactiveElement, adoptStyles, type PropertyValues } from '@lit/reactive-element';
import { render, type ComponentChild } from 'preact';
import { resolveLang, type Lang } from '../lib/i18n.js';

export type ShadowMode = 'open' | 'closed';

let defaultShadowMode: ShadowMode = 'open';

/**
 * Sets the shadow-root mode for elements created after the call. Salesforce's Lightning Web
 * Security only lets closed shadow roots through; an element can also opt in alone with
 * `shadow-mode="closed"`.
 */
export function setDefaultShadowMode(mode: ShadowMode): void {
  defaultShadowMode = mode;
}

export type Theme = 'auto' | 'light' | 'dark';

export abstract class RapportElement extends ReactiveElement {
  static override properties = {
    theme: { type: String, reflect: true },
    lang: { type: String, reflect: true },
  };

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  declare theme: Theme;
  declare lang: string;

  /** The shadow root, kept here because a closed root is not reachable through `shadowRoot`. */
  protected root!: ShadowRoot;
  /** Per-instance stylesheet for measured values (positions, copied fonts); see `setDynamicStyle`. */
  #dynamicSheet?: CSSStyleSheet;
  #langObserver?: MutationObserver;

  constructor() {
    super();
    this.theme = 'auto';
  }

  protected override createRenderRoot(): ShadowRoot {
    const mode: ShadowMode =
      this.getAttribute('shadow-mode') === 'closed' || (defaultShadowMode === 'closed' && this.getAttribute('shadow-mode') !== 'open')
        ? 'closed'
        : 'open';
    this.root = this.attachShadow({ mode });
    adoptStyles(this.root, (this.constructor as typeof ReactiveElement).elementStyles);
    return this.root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Without a `lang` of its own the element speaks the page's language, so follow the page's
    // changes too (a portal's language switcher usually rewrites <html lang>).
    this.#langObserver = new MutationObserver(() => this.requestUpdate());
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
  }

  /** The language the element speaks: its own `lang`, else the nearest ancestor's, else the page's. */
  get language(): Lang {
    const own = this.getAttribute('lang');
    if (own) return resolveLang(own);
    const scoped = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return resolveLang(scoped || document.documentElement.lang || navigator.language);
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    render(this.render(), this.root);
  }

  /** The element's virtual DOM, drawn by Preact into the shadow root. */
  protected abstract render(): ComponentChild;

  /**
   * Dispatches a public event on the host: lowercase, `rapport-` prefixed, bubbling and composed,
   * so a portal can listen on the element or on any ancestor, even across shadow boundaries.
   */
  protected emit<T>(name: `rapport-${string}`, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /**
   * Replaces this instance's own adopted stylesheet. Used for values only known at run time (the
   * position of an overlay, fonts copied from the portal's textarea): CSSOM sheets are allowed under
   * a strict CSP where `style` attributes are not.
   */
  protected setDynamicStyle(cssText: string): void {
    if (!this.#dynamicSheet) {
      this.#dynamicSheet = new CSSStyleSheet();
      this.root.adoptedStyleSheets = [...this.root.adoptedStyleSheets, this.#dynamicSheet];
    }
    this.#dynamicSheet.replaceSync(cssText);
  }
}

/**
 * Registers an element once. Loading the bundle twice, or a per-element module after the bundle,
 * must be harmless, so a name that is already taken is left alone.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}
