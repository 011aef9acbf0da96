/**
 * Words in a note that point at a practice topic, and the quick-reference cards (by id) that topic
 * brings up. Kept apart from the cards themselves so the extension's content script can name the
 * topics of a note without carrying the card content.
 */
export const NOTE_TOPICS: { re: RegExp; cards: string[] }[] = [
  { re: /\b(?:cell ?phones?|phones?|social media|instagram|snapchat|tiktok|texts?|texting)\b/i, cards: ['cell-phone-approach', 'hr-cell-phone-social-media'] },
  { re: /\b(?:awol|missing from (?:care|placement)|left (?:placement|the home|care)|ran away|runaway|run away|absent from placement|whereabouts unknown)\b/i, cards: ['missing-from-care-approach', 'hr-leaving-care'] },
  { re: /\b(?:meth|marijuana|weed|alcohol|drunk|drugs?|substances?|fentanyl|opioids?|pills|ua|uas|drug (?:test|screen)|overdose|narcan)\b/i, cards: ['hr-substance-misuse'] },
  { re: /\b(?:hit|hits|hitting|choked|punched|bruises?|violent|violence|abusive|assaulted|threatened|dv)\b/i, cards: ['hr-violence-relationships'] },
  { re: /\b(?:cft|child and family team)\b/i, cards: ['exploiter-in-cft'] },
  { re: /\b(?:condoms?|sexual health|std|sti|pregnan\w*|partners)\b/i, cards: ['multiple-partners-approach', 'hr-active-exploitation'] },
  { re: /\b(?:exploit\w*|trafficker|trafficking|buyers?|dates?|pimp|csec?|the life)\b/i, cards: ['hr-active-exploitation', 'cse-dynamics'] },
  { re: /\b(?:interview|detective|officer|le|arrest\w*)\b/i, cards: ['le-recovery-interview'] },
  { re: /\b(?:relative|uncle|aunt|grandm\w+|nrefm|kin)\b/i, cards: ['kin-placement'] },
  { re: /\b(?:reassess\w*|nsp|needs and services plan)\b/i, cards: ['hr-best-practices-providers'] },
];


/** Card ids for the topics a note touches, in topic order, without repeats. */
export function noteTopicCardIds(noteText: string): string[] {
  const ids = new Set<string>();
  for (const t of NOTE_TOPICS) if (t.re.test(noteText)) for (const id of t.cards) ids.add(id);
  return [...ids];
}
