/**
 * The single self-registering bundle (`dist/widgets/rapport-widgets.js`). Importing it defines
 * every Rapport element; each define step is guarded, so loading it twice is harmless.
 */
export { RapportReassessment } from './reassessment/define.js';
export { RapportCard } from './card/define.js';
export { RapportCardDeck } from './card-deck/define.js';
export { RapportStageGuide } from './stage-guide/define.js';
export { RapportNoteCheck } from './note-check/define.js';
export { setDefaultShadowMode, type ShadowMode, type Theme } from './base/rapport-element.js';
