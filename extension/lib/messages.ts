/** Messages between the content script and the extension's pages. Text never leaves the device. */
export interface FieldReport {
  url: string;
  fieldLabel: string;
  count: number;
  findings: { rule: string; text: string; severity: string; suggestion?: string }[];
  disabledReason?: string;
  /** The open suggestion card, if any: its phrase and the centre of its first suggestion. */
  card?: { phrase: string; firstSuggestion?: { x: number; y: number } };
}

export type Request = { type: 'rapport:get-report' };
