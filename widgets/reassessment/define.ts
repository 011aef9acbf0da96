import { defineElement } from '../base/rapport-element.js';
import { RapportReassessment } from './reassessment.js';

export { RapportReassessment };
defineElement('rapport-reassessment', RapportReassessment);
