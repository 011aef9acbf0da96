/** `rapport cards [--json]` lists the quick-reference cards; `rapport card ID` prints one. */
import { cards } from '../content/cards/index.js';
import { getCard, searchCards } from '../content/search.js';
import { renderCardText } from '../content/text.js';
import type { CliIO } from './main.js';

export async function listCards(args: string[], io: CliIO): Promise<number> {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length) {
    io.stderr(`rapport cards: unexpected argument "${unknown[0]}" (usage: rapport cards [--json])\n`);
    return 2;
  }
  if (args.includes('--json')) io.stdout(JSON.stringify({ cards }, null, 2) + '\n');
  else {
    const width = Math.max(...cards.map((c) => c.id.length));
    for (const c of cards) io.stdout(`${c.id.padEnd(width)}  ${c.title}\n`);
  }
  return 0;
}

export async function showCard(args: string[], io: CliIO): Promise<number> {
  const json = args.includes('--json');
  const ids = args.filter((a) => a !== '--json');
  if (ids.length !== 1) {
    io.stderr('rapport card: give one card id (usage: rapport card ID [--json]; list them with: rapport cards)\n');
    return 2;
  }
  const card = getCard(ids[0]);
  if (!card) {
    const near = searchCards(ids[0].replace(/[-_]+/g, ' '), { limit: 3 }).map((c) => c.id);
    io.stderr(`rapport card: no card "${ids[0]}"${near.length ? `; did you mean ${near.join(', ')}?` : ''} (list them with: rapport cards)\n`);
    return 2;
  }
  io.stdout((json ? JSON.stringify(card, null, 2) : renderCardText(card)) + '\n');
  return 0;
}
