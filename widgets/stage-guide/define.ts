import { defineElement } from '../base/rapport-element.js';
import { RapportStageGuide } from './stage-guide.js';

export { RapportStageGuide };
defineElement('rapport-stage-guide', RapportStageGuide);
