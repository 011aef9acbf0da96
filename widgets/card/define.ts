import { defineElement } from '../base/rapport-element.js';
import { RapportCard } from './card.js';

export { RapportCard };
defineElement('rapport-card', RapportCard);
