/** Small constructors that keep the card files readable as guidance, not as code. */
import type { SourceRef } from '../../language/types.js';
import type { Card } from '../types.js';

export const HR = 'cdss-hr-training';
export const CSEY = 'cdss-csey-hr';
export const ACIN = 'acin-i-57-17';
export const DOJ = 'doj-2021-dle-04';
export const PACT = 'pact-2023';

export const src = (source: string, section: string, quote: string): SourceRef => ({ source, section, quote });

export const card = (c: Card): Card => c;

/** The five discussion questions every training scenario in the CDSS presentation asks. */
export const SCENARIO_QUESTIONS = [
  'What are the safety risks?',
  'Which risk creates the greatest safety issue for child, or others?',
  'What are conventional intervention options for a specific risk?',
  'What are harm reduction intervention options for specific risks?',
  'What would you do/recommend and why?',
];
