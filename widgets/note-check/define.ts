import { defineElement } from '../base/rapport-element.js';
import { RapportNoteCheck } from './note-check.js';

export { RapportNoteCheck };
defineElement('rapport-note-check', RapportNoteCheck);
