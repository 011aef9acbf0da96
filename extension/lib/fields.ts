/**
 * Editable fields as Rapport sees them: a text, a caret offset, rectangles for a span, and a way
 * to replace a span through the editor's own input path. Two kinds: native text fields (textarea,
 * input) and contenteditable roots (plain, Quill, ProseMirror, Lexical, CKEditor 5, TinyMCE's body).
 */

const TEXT_INPUT_TYPES = new Set(['text', '']);

/** The editable root a focus target belongs to, or null for fields Rapport leaves alone. */
export function editableRoot(target: Element | null): HTMLElement | null {
  if (!target || !(target instanceof HTMLElement)) return null;
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
  if (target instanceof HTMLInputElement) {
    if (!TEXT_INPUT_TYPES.has(target.type) || target.readOnly || target.disabled) return null;
    // Search boxes: the worker is not writing a note there.
    if (target.type === 'search' || target.getAttribute('role') === 'searchbox' || /search|query|^q$/i.test(target.name + ' ' + target.id)) return null;
    if (target.autocomplete === 'email' || target.autocomplete?.includes('password')) return null;
    return target;
  }
  if (!target.isContentEditable) return null;
  let root: HTMLElement = target;
  while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
  return root;
}

export const isNativeField = (el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

// ---- contenteditable text mapping ----------------------------------------------------------

const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|TR|UL|OL|TABLE|SECTION|ARTICLE|HEADER|FOOTER|FIGURE)$/;

export interface TextMap {
  text: string;
  /** Text nodes and their start offsets in `text`, in document order. */
  nodes: Text[];
  starts: number[];
}

/** The text of a contenteditable as the worker reads it: blocks and <br> become line breaks. */
export function mapText(root: HTMLElement): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        nodes.push(c as Text);
        starts.push(text.length);
        text += (c as Text).data;
      } else if (c.nodeType === 1) {
        const el = c as HTMLElement;
        if (el.tagName === 'BR') {
          text += '\n';
          continue;
        }
        if (el.getAttribute('contenteditable') === 'false' || el.tagName === 'STYLE' || el.tagName === 'SCRIPT') continue;
        const block = BLOCK.test(el.tagName);
        if (block && text.length && !text.endsWith('\n')) text += '\n';
        walk(el);
        if (block && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  walk(root);
  return { text, nodes, starts };
}

/** The DOM position of a text offset. */
export function positionAt(map: TextMap, offset: number, preferEnd = false): [Text, number] | null {
  const { nodes, starts } = map;
  if (!nodes.length) return null;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < offset || (!preferEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  return [node, Math.max(0, Math.min(node.data.length, offset - starts[lo]))];
}

export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = positionAt(map, start);
  const b = positionAt(map, end, true);
  if (!a || !b) return null;
  const r = new Range();
  r.setStart(a[0], a[1]);
  r.setEnd(b[0], b[1]);
  return r;
}

/** The text offset of a DOM position inside the root (the caret). */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const i = map.nodes.indexOf(node as Text);
  if (i >= 0) return map.starts[i] + offset;
  // An element position: count the text before that child.
  const probe = new Range();
  probe.setStart(node, offset);
  let best = 0;
  for (let k = 0; k < map.nodes.length; k++) {
    const r = new Range();
    r.selectNode(map.nodes[k]);
    if (r.compareBoundaryPoints(Range.START_TO_START, probe) >= 0) break;
    best = map.starts[k] + map.nodes[k].data.length;
  }
  return best;
}

// ---- native field geometry: a mirror that lays out text like the field ------------------------

const COPY = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth',
  'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant',
  'fontStretch', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'tabSize', 'direction',
] as const;

/**
 * Rectangles (viewport coordinates) of [start, end) in a textarea or input, measured on a hidden
 * mirror element laid out with the field's own styles and scrolled like it.
 */
export function nativeRects(field: HTMLTextAreaElement | HTMLInputElement, mirrorHost: HTMLElement, spans: [number, number][]): DOMRect[][] {
  const cs = getComputedStyle(field);
  const mirror = document.createElement('div');
  for (const k of COPY) (mirror.style as any)[k] = cs[k as any];
  const isInput = field instanceof HTMLInputElement;
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.style.top = '0';
  mirror.style.left = '-9999px';
  mirror.style.whiteSpace = isInput ? 'pre' : 'pre-wrap';
  mirror.style.overflowWrap = isInput ? 'normal' : 'break-word';
  mirror.style.height = 'auto';
  mirror.style.overflow = 'hidden';
  mirrorHost.appendChild(mirror);
  const text = field.value;
  const node = document.createTextNode(text + (text.endsWith('\n') ? ' ' : ''));
  mirror.appendChild(node);
  const m = mirror.getBoundingClientRect();
  const f = field.getBoundingClientRect();
  const dx = f.left - m.left - field.scrollLeft;
  const dy = f.top - m.top - field.scrollTop;
  const out = spans.map(([s, e]) => {
    const r = new Range();
    r.setStart(node, Math.min(s, text.length));
    r.setEnd(node, Math.min(e, text.length));
    return [...r.getClientRects()].map((x) => new DOMRect(x.left + dx, x.top + dy, x.width, x.height));
  });
  mirror.remove();
  return out;
}

// ---- applying a replacement through the editor's input path ----------------------------------

/** Replaces [start, end) of a native field so its own undo stack records it. */
export function replaceInNative(field: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, text: string): boolean {
  field.focus();
  field.setSelectionRange(start, end);
  const ok = document.execCommand('insertText', false, text);
  if (!ok || field.value.slice(start, start + text.length) !== text) {
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  }
  return true;
}

/**
 * Replaces a range in a contenteditable through the editor's input path: CKEditor 5 listens to
 * `beforeinput` (a synthetic one with target ranges), TinyMCE records undo levels around `input`
 * events, and Quill, ProseMirror, Lexical and plain contenteditables pick up execCommand edits.
 */
export async function replaceInEditable(root: HTMLElement, range: Range, text: string): Promise<void> {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  if (doc.activeElement !== root) {
    // Editors track focus asynchronously (CKEditor 5 ignores input until it has seen the focus).
    root.focus();
    await new Promise((r) => setTimeout(r, 80));
  }
  const sel = win.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  if (root.classList.contains('ck-editor__editable')) {
    const ev = new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, targetRanges: [new StaticRange(range)] } as InputEventInit);
    root.dispatchEvent(ev);
    if (ev.defaultPrevented) return;
  }
  const tiny = root.id === 'tinymce' || root.classList.contains('mce-content-body');
  if (tiny) root.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', bubbles: true }));
  doc.execCommand('insertText', false, text);
  if (tiny) root.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', bubbles: true }));
}
