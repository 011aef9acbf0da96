/**
 * Pinned quick-reference cards, kept in localStorage so a trainer's pins come back in every tab
 * and after a restart. Where storage is refused (private modes, policies, a full disk) the pins
 * still work for the life of the page and the deck says they will not be kept.
 */
const KEY = 'rapport:pinned-cards';

export class PinStore {
  #pins: string[];
  /** False when the pins could not be read or written: the deck tells the worker. */
  persistent = true;

  constructor(private storage: Storage | undefined = safeLocalStorage()) {
    this.#pins = [];
    try {
      const raw = this.storage?.getItem(KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      this.#pins = Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
      if (!this.storage) this.persistent = false;
    } catch {
      this.persistent = false;
    }
  }

  get pins(): readonly string[] {
    return this.#pins;
  }

  has(id: string): boolean {
    return this.#pins.includes(id);
  }

  toggle(id: string): void {
    this.#pins = this.has(id) ? this.#pins.filter((p) => p !== id) : [...this.#pins, id];
    try {
      if (!this.storage) throw new Error('no storage');
      this.storage.setItem(KEY, JSON.stringify(this.#pins));
      this.persistent = true;
    } catch {
      this.persistent = false;
    }
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Reading `localStorage` itself throws where a policy blocks storage.
    return undefined;
  }
}
