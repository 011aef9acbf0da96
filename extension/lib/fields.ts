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

interface Mirror {
  el: HTMLDivElement;
  /** The field's text split at hard line breaks; one child div per line. */
  lines: string[];
  /** Offset in the field's text where each line starts. */
  starts: number[];
}

const mirrors = new WeakMap<HTMLElement, Mirror>();

/**
 * Brings a field's mirror up to date, touching only the lines that changed: each hard line is its
 * own block, so a keystroke re-lays out one paragraph, not a 100,000-character note.
 */
function syncMirror(field: HTMLTextAreaElement | HTMLInputElement, host: HTMLElement): Mirror {
  let m = mirrors.get(field);
  if (!m || m.el.parentNode !== host) {
    const el = document.createElement('div');
    el.style.position = 'absolute';
    el.style.visibility = 'hidden';
    el.style.top = '0';
    el.style.left = '-99999px';
    el.style.height = 'auto';
    el.style.overflow = 'hidden';
    host.appendChild(el);
    m = { el, lines: [], starts: [] };
    mirrors.set(field, m);
  }
  // Every read before any write, and only changed values written: a style that flips and back
  // within a frame would re-lay out the whole mirror (10 ms for a 100,000-character note).
  const cs = getComputedStyle(field);
  const isInput = field instanceof HTMLInputElement;
  const want: Record<string, string> = {};
  for (const k of COPY) want[k] = cs[k];
  // The field's content box excludes its scrollbar; lay out at exactly that width.
  want.boxSizing = 'border-box';
  want.width = `${field.clientWidth + parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth)}px`;
  want.whiteSpace = isInput ? 'pre' : 'pre-wrap';
  want.overflowWrap = isInput ? 'normal' : 'break-word';
  const st = m.el.style as unknown as Record<string, string>;
  for (const k in want) if (st[k] !== want[k]) st[k] = want[k];
  const text = field.value;
  const lines = isInput ? [text] : text.split('\n');
  const old = m.lines;
  let a = 0;
  while (a < old.length && a < lines.length && old[a] === lines[a]) a++;
  let b = 0;
  while (b < old.length - a && b < lines.length - a && old[old.length - 1 - b] === lines[lines.length - 1 - b]) b++;
  const kids = m.el.children;
  if (old.length === lines.length) {
    // Typing within lines: edit each changed line's text node in place, so the browser re-shapes
    // only what changed (a 100,000-character line without breaks re-lays out in the time the field takes).
    for (let i = a; i < lines.length - b; i++) editText(kids[i].firstChild as Text, old[i] || '\u200b', lines[i] || '\u200b');
  } else {
    for (let i = old.length - b - 1; i >= a; i--) kids[i].remove();
    const frag = document.createDocumentFragment();
    for (let i = a; i < lines.length - b; i++) {
      const d = document.createElement('div');
      // An empty line still takes a line's height, as it does in the field.
      d.textContent = lines[i] || '\u200b';
      frag.appendChild(d);
    }
    m.el.insertBefore(frag, kids[a] ?? null);
  }
  m.lines = lines;
  m.starts = new Array(lines.length);
  for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) m.starts[i] = at;
  return m;
}

/** Replaces only the differing middle of a text node's data (`was` is its current data). */
function editText(node: Text, was: string, now: string) {
  const max = Math.min(was.length, now.length);
  let p = 0;
  while (p < max && was.charCodeAt(p) === now.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && was.charCodeAt(was.length - 1 - q) === now.charCodeAt(now.length - 1 - q)) q++;
  node.replaceData(p, was.length - p - q, now.slice(p, now.length - q));
}

function lineOf(m: Mirror, offset: number): number {
  let lo = 0;
  let hi = m.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Rectangles (viewport coordinates) of [start, end) in a textarea or input, measured on a hidden
 * mirror laid out with the field's own styles and scrolled like it. The mirror persists per field
 * and is updated line by line. With `visible` (viewport y range) and spans sorted by start, only
 * spans in that range are measured (found by binary search: text runs top to bottom), the rest get
 * no rectangles, so a long note with many findings costs what its visible part costs.
 */
export function nativeRects(
  field: HTMLTextAreaElement | HTMLInputElement,
  mirrorHost: HTMLElement,
  spans: [number, number][],
  visible?: { top: number; bottom: number },
): DOMRect[][] {
  const m = syncMirror(field, mirrorHost);
  const mr = m.el.getBoundingClientRect();
  const f = field.getBoundingClientRect();
  // The mirror lays out in the field's own CSS pixels; a page that zooms or scales the field (CSS
  // `zoom`, a transform) shows it larger or smaller: scale the mirror's geometry the same way.
  const k = field.offsetWidth ? f.width / field.offsetWidth : 1;
  const at = (x: DOMRect) => new DOMRect(f.left + (x.left - mr.left - field.scrollLeft) * k, f.top + (x.top - mr.top - field.scrollTop) * k, x.width * k, x.height * k);
  const point = (offset: number): [Node, number] => {
    const i = lineOf(m, offset);
    const node = m.el.children[i].firstChild!;
    return [node, Math.min(offset - m.starts[i], m.lines[i].length)];
  };
  const rectsOf = ([s, e]: [number, number]) => {
    const r = new Range();
    r.setStart(...point(s));
    r.setEnd(...point(e));
    return [...r.getClientRects()].map(at);
  };
  if (!visible) return spans.map(rectsOf);
  const out: DOMRect[][] = spans.map(() => []);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rs = rectsOf(spans[mid]);
    if ((rs.at(-1)?.bottom ?? -Infinity) < visible.top) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < spans.length; k++) {
    const rs = rectsOf(spans[k]);
    if (rs.length && rs[0].top > visible.bottom) break;
    out[k] = rs;
  }
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
