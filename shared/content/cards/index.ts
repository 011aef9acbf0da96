/** Every built-in quick-reference card, in reading order. */
import type { Card } from '../types.js';
import { trainingCards } from './cdss-training.js';
import { cseyAcinCards } from './cdss-csey-acin.js';
import { dojCards } from './doj-bulletin.js';
import { pactCards } from './pact.js';

export const cards: readonly Card[] = [...trainingCards, ...cseyAcinCards, ...dojCards, ...pactCards];
