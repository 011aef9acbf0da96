/**
 * A textarea with the same inline language checks as the extension, for the widgets' own
 * free-text fields. Underlines live in a transparent mirror laid over the textarea (same box,
 * same font); suggestions are applied with `execCommand('insertText')` so the field's undo keeps
 * the worker's original words. Alt+Shift+K in the field moves to the next suggestion; Esc returns.
 */
import { css } from '@lit/reactive-element';
import type { ComponentChild } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { citationLabel, createUpdateChecker, type Finding, type IncrementalChecker } from '../../shared/index.js';
import { t, type Lang } from './i18n.js';

export interface CheckedTextProps {
  id: string;
  value: string;
  lang: Lang;
  onValue(value: string): void;
  /** id of the element that labels the field. */
  labelledBy?: string;
  describedBy?: string;
  required?: boolean;
  invalid?: boolean;
  rows?: number;
}

export function CheckedText(p: CheckedTextProps): ComponentChild {
  // One incremental checker per field, so each keystroke re-checks only the lines it touched;
  // made when the field first has text, so an empty form renders without compiling the lexicon.
  const checker = useRef<IncrementalChecker>();
  const findings = useMemo(() => {
    if (!p.value && !checker.current) return [];
    checker.current ??= createUpdateChecker();
    return checker.current.update(p.value);
  }, [p.value]);
  const field = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const apply = (f: Finding, replacement: string): void => {
    const ta = field.current!;
    ta.focus();
    ta.setSelectionRange(f.start, f.end);
    const done = typeof document.execCommand === 'function' && document.execCommand('insertText', false, replacement);
    if (!done || ta.value.slice(f.start, f.start + replacement.length) !== replacement) {
      ta.setRangeText(replacement, f.start, f.end, 'end');
      p.onValue(ta.value);
    }
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (!(e.altKey && e.shiftKey && e.code === 'KeyK') || findings.length === 0) return;
    e.preventDefault();
    const caret = field.current!.selectionEnd;
    const i = findings.findIndex((f) => f.start >= caret);
    const item = list.current?.children[i === -1 ? 0 : i] as HTMLElement | undefined;
    (item?.querySelector('button') ?? item)?.focus();
  };

  const marks: ComponentChild[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue;
    marks.push(p.value.slice(at, f.start), <mark class={f.severity}>{f.text}</mark>);
    at = f.end;
  }
  marks.push(p.value.slice(at) + ' ');
  const listId = `${p.id}-findings`;

  return (
    <div class="checked">
      <div class="checked-box">
        <textarea
          id={p.id}
          ref={field}
          rows={p.rows ?? 3}
          value={p.value}
          required={p.required}
          aria-invalid={p.invalid ? 'true' : undefined}
          aria-labelledby={p.labelledBy}
          aria-describedby={[p.describedBy, findings.length ? listId : ''].filter(Boolean).join(' ') || undefined}
          onInput={(e) => p.onValue((e.currentTarget as HTMLTextAreaElement).value)}
          onScroll={(e) => {
            if (mirror.current) mirror.current.scrollTop = (e.currentTarget as HTMLTextAreaElement).scrollTop;
          }}
          onKeyDown={onKeyDown}
          spellcheck
        />
        <div class="checked-mirror" ref={mirror} aria-hidden="true">
          {marks}
        </div>
      </div>
      {findings.length > 0 && (
        <ul
          class="checked-findings"
          id={listId}
          ref={list}
          aria-label={t(p.lang, 'findingsHeading')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              field.current?.focus();
            }
          }}
        >
          {findings.map((f) => (
            <li class={f.severity} key={`${f.rule}@${f.start}`} tabIndex={-1}>
              <strong>“{f.text}”</strong>: {f.severity === 'info' ? t(p.lang, 'quoteWords') : f.message}{' '}
              {f.severity !== 'info' &&
                f.suggestions.map((s) => (
                  <button type="button" class="suggestion" part="suggestion" aria-label={t(p.lang, 'replaceLabel', f.text, s)} onClick={() => apply(f, s)}>
                    {s}
                  </button>
                ))}{' '}
              {f.sources.length > 0 && <cite>({f.sources.map((s) => citationLabel(s)).join('; ')})</cite>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const checkedTextStyles = css`
  .checked-box {
    position: relative;
    display: grid;
  }
  .checked-box > textarea,
  .checked-mirror {
    grid-area: 1 / 1;
    margin: 0;
    font: inherit;
    line-height: 1.45;
    letter-spacing: normal;
    padding: 0.45em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    white-space: pre-wrap;
    overflow-wrap: break-word;
    scrollbar-gutter: stable;
  }
  .checked-box > textarea {
    field-sizing: content;
    min-height: 4.5em;
    max-height: 22em;
    overflow-y: auto;
    resize: vertical;
  }
  .checked-mirror {
    pointer-events: none;
    color: transparent;
    border-color: transparent;
    overflow: hidden;
  }
  .checked-mirror mark {
    color: transparent;
    background: none;
    text-decoration: underline wavy var(--_avoid) 2px;
    text-decoration-skip-ink: none;
    text-underline-offset: 3px;
  }
  .checked-mirror mark.consider {
    text-decoration-color: var(--_consider);
  }
  .checked-mirror mark.info {
    text-decoration-style: dotted;
    text-decoration-color: var(--_info);
  }
  .checked-findings {
    list-style: none;
    margin: 0.35rem 0 0;
    padding: 0;
    font-size: 0.92em;
  }
  .checked-findings li {
    border-left: 4px solid var(--_avoid);
    padding: 0.2rem 0.5rem;
    margin-bottom: 0.25rem;
  }
  .checked-findings li.consider {
    border-left-color: var(--_consider);
  }
  .checked-findings li.info {
    border-left-color: var(--_info);
  }
  .checked-findings .suggestion {
    padding: 0.1em 0.5em;
    margin: 0 0.2em;
  }
`;
