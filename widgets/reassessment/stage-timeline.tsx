/**
 * Earlier reassessments' stages of change drawn as a small timeline, so a supervisor sees movement
 * at a glance, including moves back (which the guidance expects: change is not a straight line).
 * The SVG is one labelled image; the same facts are listed as text for screen readers.
 */
import type { ComponentChild } from 'preact';
import type { Lang } from '../lib/i18n.js';
import { t } from '../lib/i18n.js';

export interface TimelineEntry {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** A stage id from the content's stages. */
  stage: string;
  /** True for the reassessment being written now. */
  current?: boolean;
}

export interface TimelineProps {
  stages: { id: string; label: string }[];
  entries: TimelineEntry[];
  lang: Lang;
  id: string;
}

const W = 520;
const ROW = 26;
const LEFT = 150;
const TOP = 14;

export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso}T12:00:00`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(lang === 'es' ? 'es-US' : 'en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}

export function StageTimeline({ stages, entries, lang, id }: TimelineProps): ComponentChild {
  const known = entries.filter((e) => stages.some((s) => s.id === e.stage));
  if (known.length === 0) return <p class="muted">{t(lang, 'timelineEmpty')}</p>;
  const H = TOP * 2 + ROW * (stages.length - 1) + 24;
  const rowOf = (stage: string) => stages.findIndex((s) => s.id === stage);
  // The first stage sits at the bottom: moving up the chart is moving forward.
  const y = (stage: string) => TOP + ROW * (stages.length - 1 - rowOf(stage));
  const step = known.length > 1 ? (W - LEFT - 30) / (known.length - 1) : 0;
  const x = (i: number) => LEFT + 10 + i * step;
  const label = (s: string) => stages[rowOf(s)]?.label ?? s;
  let forward = 0;
  let back = 0;
  const moves = known.slice(1).map((e, i) => {
    const from = rowOf(known[i].stage);
    const to = rowOf(e.stage);
    if (to > from) forward++;
    if (to < from) back++;
    return { i, dir: to > from ? 'forward' : to < from ? 'back' : 'same' };
  });
  const summary = t(lang, 'timelineSummary', known.length, forward, back, label(known[known.length - 1].stage));
  return (
    <figure class="timeline" part="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{t(lang, 'timelineTitle')}</title>
        <desc id={`${id}-desc`}>
          {summary} {known.map((e) => `${formatDate(e.date, lang)}: ${label(e.stage)}.`).join(' ')}
        </desc>
        {stages.map((s) => (
          <g key={s.id}>
            <line class="grid" x1={LEFT} x2={W - 10} y1={y(s.id)} y2={y(s.id)} />
            <text class="axis" x={LEFT - 8} y={y(s.id) + 4} text-anchor="end">
              {s.label}
            </text>
          </g>
        ))}
        {moves.map((m) => (
          <line
            key={`m${m.i}`}
            class={`move ${m.dir}`}
            x1={x(m.i)}
            y1={y(known[m.i].stage)}
            x2={x(m.i + 1)}
            y2={y(known[m.i + 1].stage)}
          />
        ))}
        {known.map((e, i) => (
          <g key={`p${i}`}>
            <circle class={e.current ? 'point current' : 'point'} cx={x(i)} cy={y(e.stage)} r={e.current ? 6 : 5} />
            <text class="date" x={x(i)} y={H - 4} text-anchor={known.length === 1 ? 'start' : i === 0 ? 'start' : i === known.length - 1 ? 'end' : 'middle'}>
              {e.current ? t(lang, 'now') : formatDate(e.date, lang)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption class="muted">{summary}</figcaption>
    </figure>
  );
}
