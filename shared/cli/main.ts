/**
 * `rapport <command>`: dispatches to one module per command. Exit codes follow DESIGN.md:
 * 0 nothing to avoid/consider, 1 findings, 2 usage or read error (one clear line on stderr).
 */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads all of standard input as bytes. */
  readStdin: () => Promise<Uint8Array>;
}

type Command = (args: string[], io: CliIO) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.js')).run,
  cards: async () => (await import('./cards.js')).listCards,
  card: async () => (await import('./cards.js')).showCard,
  stage: async () => (await import('./stage.js')).run,
};

const USAGE = `usage: rapport <command> [options]

commands:
  check [--json] [FILE ... | -]   check case notes for language to reconsider
  cards [--json]                  list the quick-reference cards
  card ID [--json]                print one card
  stage [--json] [FILE | -]       suggest the stage of change from a note's cues
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`rapport: unknown command "${name}" (try: rapport --help)\n`);
    return 2;
  }
  return (await load())(rest, io);
}
