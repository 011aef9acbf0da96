import { defineElement } from '../base/rapport-element.js';
import { RapportCardDeck } from './card-deck.js';

export { RapportCardDeck };
defineElement('rapport-card-deck', RapportCardDeck);
