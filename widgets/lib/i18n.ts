/**
 * The widgets' own interface strings in English and Spanish. Guidance text (cards, stages,
 * questions) comes translated with the content; these are only the controls around it.
 */
export type Lang = 'en' | 'es';

/** "es", "es-MX", "ES" → "es"; anything else → "en". */
export function resolveLang(tag: string | null | undefined): Lang {
  return tag && tag.trim().toLowerCase().startsWith('es') ? 'es' : 'en';
}

const en = {
  findingsHeading: 'Language suggestions',
  noFindings: 'No language suggestions.',
  replaceWith: 'Replace with “{0}”',
  replaceLabel: 'Replace “{0}” with “{1}”',
  why: 'Why',
  source: 'Source',
  quoteWords: 'In the youth’s own words: kept as written.',
  severity_avoid: 'Avoid',
  severity_consider: 'Consider',
  severity_info: 'Note',
  fieldMissing: 'Rapport note check: no text field with id “{0}” on this page.',
  keyboardHint: 'Alt+Shift+K in the note jumps to the next suggestion.',
  findingsCount: '{0} language suggestions',
  findingsCountOne: '1 language suggestion',
  cardMissing: 'No quick-reference card with the id “{0}”.',
  cardMissingHelp: 'Check the card attribute; the deck lists every card.',
  search: 'Search cards',
  audience: 'Audience',
  topic: 'Topic',
  all: 'All',
  pin: 'Pin',
  unpin: 'Unpin',
  pinned: 'Pinned',
  pinCard: 'Pin “{0}”',
  unpinCard: 'Unpin “{0}”',
  cardsShown: '{0} cards',
  noCards: 'No card matches. Try fewer words or another filter.',
  pinsNotSaved: 'Pins cannot be saved on this device; they last until you close the page.',
  open: 'Open',
  close: 'Close',
  stage: 'Stage of change',
  stageMissing: 'No stage “{0}”. Pick one below.',
  behaviours: 'What you may see',
  prompts: 'What to try',
  avoid: 'What to avoid',
  timelineTitle: 'Stage of change at each reassessment',
  timelineEmpty: 'No earlier reassessments yet.',
  timelineSummary: '{0} reassessments: {1} moves forward, {2} moves back; now {3}.',
  now: 'Now',
};

type Strings = typeof en;
export type StringKey = keyof Strings;

const es: Strings = {
  findingsHeading: 'Sugerencias de lenguaje',
  noFindings: 'No hay sugerencias de lenguaje.',
  replaceWith: 'Reemplazar con «{0}»',
  replaceLabel: 'Reemplazar «{0}» con «{1}»',
  why: 'Por qué',
  source: 'Fuente',
  quoteWords: 'En las propias palabras del joven: se deja como está.',
  severity_avoid: 'Evitar',
  severity_consider: 'Considerar',
  severity_info: 'Nota',
  fieldMissing: 'Revisión de notas de Rapport: no hay un campo de texto con id «{0}» en esta página.',
  keyboardHint: 'Alt+Mayús+K en la nota lleva a la siguiente sugerencia.',
  findingsCount: '{0} sugerencias de lenguaje',
  findingsCountOne: '1 sugerencia de lenguaje',
  cardMissing: 'No hay una tarjeta de consulta con el id «{0}».',
  cardMissingHelp: 'Revise el atributo card; el mazo muestra todas las tarjetas.',
  search: 'Buscar tarjetas',
  audience: 'Público',
  topic: 'Tema',
  all: 'Todos',
  pin: 'Fijar',
  unpin: 'Quitar',
  pinned: 'Fijadas',
  pinCard: 'Fijar «{0}»',
  unpinCard: 'Quitar «{0}»',
  cardsShown: '{0} tarjetas',
  noCards: 'Ninguna tarjeta coincide. Pruebe con menos palabras u otro filtro.',
  pinsNotSaved: 'Las tarjetas fijadas no se pueden guardar en este dispositivo; duran hasta que cierre la página.',
  open: 'Abrir',
  close: 'Cerrar',
  stage: 'Etapa de cambio',
  stageMissing: 'No existe la etapa «{0}». Elija una abajo.',
  behaviours: 'Lo que puede ver',
  prompts: 'Qué intentar',
  avoid: 'Qué evitar',
  timelineTitle: 'Etapa de cambio en cada revaluación',
  timelineEmpty: 'Todavía no hay revaluaciones anteriores.',
  timelineSummary: '{0} revaluaciones: {1} avances, {2} retrocesos; ahora {3}.',
  now: 'Ahora',
};

const tables: Record<Lang, Strings> = { en, es };

/** The string `key` in `lang`, with `{0}`, `{1}`… replaced by `args`. */
export function t(lang: Lang, key: StringKey, ...args: (string | number)[]): string {
  return tables[lang][key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
