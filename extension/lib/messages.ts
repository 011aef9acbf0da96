/**
 * Interface 4: messages between the content script and the extension's own pages (popup, side
 * panel). The focused field's report travels only inside the extension; it is never stored.
 *
 *   page -> content script (browser.tabs.sendMessage to the active tab):
 *     { type: 'rapport:get-report' }            -> FieldReport | null (answered by the focused frame)
 *     { type: 'rapport:jump-to', index: number } -> true when finding `index` was selected and its card opened
 *     { type: 'rapport:next' }                  -> the keyboard path's next finding (sent for the manifest command)
 *   content script -> worker (browser.runtime.sendMessage):
 *     { type: 'rapport:related-card', rule }    -> { title, summary } of the card "Learn more" opens, or null
 *   content script -> pages (browser.runtime.sendMessage), whenever the focused field's report changes:
 *     { type: 'rapport:report', report: FieldReport | null }
 */
import type { StageSuggestion } from '../../shared/content/stage-cues.js';
import type { Finding } from '../../shared/language/types.js';

export interface FieldReport {
  url: string;
  fieldLabel: string;
  /** Findings drawn in the field (no `info`, none the worker ignored here), sorted by start. */
  findings: Finding[];
  /** Stage-of-change suggestions for the field's text, best first. */
  stages: StageSuggestion[];
  /**
   * Cards the note's topics bring up (`noteTopicCardIds`); pages rank them with the findings
   * (`rankCards`), so the card content stays out of the content script.
   */
  topicCardIds: string[];
  /** Set when Rapport turned itself off for this field, with the reason to show the worker. */
  disabledReason?: string;
  /** findings.length, for short labels. */
  count: number;
  /** The open suggestion card, if any: its phrase, where it is (viewport) and the centre of its first suggestion button. */
  card?: { phrase: string; firstSuggestion?: { x: number; y: number }; learnMore?: string; box?: { x: number; y: number; width: number; height: number } };
  /** Milliseconds from recent keystrokes to redrawn underlines (for `npm run bench:browser`). */
  latencies?: number[];
  /** Textarea/input only: the underline boxes drawn over the field, viewport coordinates. */
  underlines?: { x: number; y: number; width: number; height: number }[];
}

export type Request = { type: 'rapport:get-report' } | { type: 'rapport:jump-to'; index: number } | { type: 'rapport:next' };
/** Internal: the content script's loader asks the worker to inject the engine into its frame. */
export type Activate = { type: 'rapport:activate' };
/** The suggestion card's "Learn more": the worker holds the card content. */
export type RelatedCard = { type: 'rapport:related-card'; rule: string };
export type Broadcast = { type: 'rapport:report'; report: FieldReport | null };
