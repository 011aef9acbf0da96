/** Cards and stages as plain text: the CLI, print views and clipboard use the same words. */
import { citationLabel } from './sources.js';
import { stageModelLimits, type Stage } from './stages.js';
import type { Block, Card } from './types.js';

function blockLines(b: Block): string[] {
  switch (b.type) {
    case 'heading':
      return ['', b.text.toUpperCase()];
    case 'paragraph':
    case 'callout':
      return [b.text];
    case 'quote':
      return [`"${b.text}"${b.cite ? ` (${b.cite})` : ''}`];
    case 'list':
      return b.items.map((i) => `- ${i}`);
    case 'checklist':
      return b.items.map((i) => `[ ] ${i}`);
    case 'questions':
      return b.items.map((i) => `? ${i}`);
    case 'steps':
      return b.items.map((i, n) => `${n + 1}. ${i}`);
    case 'table':
      return [b.head.filter(Boolean).join(' | '), ...b.rows.map((r) => r.join(' | '))];
    case 'comparison':
      return [`${b.left.label}:`, ...b.left.items.map((i) => `  - ${i}`), `${b.right.label}:`, ...b.right.items.map((i) => `  + ${i}`)];
  }
}

export function renderCardText(card: Card): string {
  const lines = [card.title, '='.repeat(Math.min(card.title.length, 72)), card.summary, ''];
  for (const b of card.body) lines.push(...blockLines(b));
  lines.push('', `For: ${card.audiences.join(', ')}. Topics: ${card.topics.join(', ')}.`);
  lines.push('Sources:');
  for (const s of card.sources) lines.push(`  ${citationLabel(s)}${s.quote ? `: "${s.quote}"` : ''}`);
  return lines.join('\n');
}

export function renderStageText(stage: Stage): string {
  const section = (title: string, items: string[]) => ['', `${title}:`, ...items.map((i) => `  - ${i}`)];
  return [
    `${stage.order}. ${stage.name}${stage.alsoCalled ? ` (also called ${stage.alsoCalled.join(', ')})` : ''}`,
    ...section('What you may see', stage.behaviours),
    ...section('Goals', stage.goals),
    ...section('Try asking or reflecting', stage.prompts),
    ...section('Avoid', stage.avoid),
    '',
    `Limits of the model: ${stageModelLimits.text}`,
  ].join('\n');
}
