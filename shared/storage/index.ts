export { openRapportDB, DB_NAME, DB_VERSION } from './db.js';
export type { Pin, CustomCard, PackRecord, RapportDB, ReassessmentEntry } from './db.js';
export { saveReassessment, listReassessments, ReassessmentError } from './reassessments.js';
export { listPins, pin, unpin, movePin } from './pins.js';
export { parsePack, importPack, exportPack, PackSchema, PackError, MAX_PACK_BYTES, PACK_FORMAT, PACK_VERSION } from './packs.js';
export type { Pack, ImportResult } from './packs.js';
export { markdownToBlocks, UnsafeMarkdownError } from './markdown.js';
