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
  pinned: 'Pinned',
  pinCard: 'Pin “{0}”',
  cardsShown: '{0} cards',
  noCards: 'No card matches. Try fewer words or another filter.',
  pinsNotSaved: 'Pins cannot be saved on this device; they last until you close the page.',
  stage: 'Stage of change',
  stageMissing: 'No stage “{0}”. Pick one below.',
  behaviours: 'What you may see',
  prompts: 'Prompts you can try',
  goals: 'Engagement goals',
  alsoCalled: 'Also called',
  avoid: 'What to avoid',
  timelineTitle: 'Stage of change at each reassessment',
  timelineEmpty: 'No earlier reassessments yet.',
  timelineSummary: '{0} reassessments: {1} forward, {2} back; now {3}.',
  now: 'Now',
  formTitle: 'Harm-reduction reassessment',
  sectionsNav: 'Sections',
  sectionDone: '(answered)',
  sectionOpen: '(to do)',
  required: 'required',
  missingRequired: 'Still needed: {0}.',
  print: 'Print',
  showSummary: 'Summary for the Needs and Services Plan',
  submit: 'Submit reassessment',
  submitted: 'Submitted. The draft on this device was cleared.',
  datePresets: 'Quick dates',
  dismiss: 'Dismiss',
  badValue: 'The portal sent a reassessment this form cannot read ({0}). Nothing you typed was changed.',
  draftUnreadable: 'the saved draft is from a format this version cannot read: {0}',
  storageUnavailable: 'Drafts cannot be saved in this browser (storage is turned off or blocked). What you type stays on this page until you close it: submit it, or copy the summary, before you leave.',
  storageFull: 'This device’s storage is full, so your latest changes are not saved as a draft. What you type stays on this page: submit it, or copy the summary, before you leave.',
  conflict: 'This draft was also changed in another tab or window (saved {0}). Autosave is paused here so neither version is lost. Which one do you want to keep?',
  conflictCleared: 'This reassessment was submitted or reset in another tab. Autosave is paused here. Keep what is on this page as a new draft, or start over?',
  conflictTheirs: 'Use the other tab’s version',
  conflictMine: 'Keep this tab’s version',
  conflictStartOver: 'Start over',
  restored: 'Your draft from {0} was restored.',
  badHistory: 'The portal sent earlier reassessments this form cannot read (expected a list of { date: "YYYY-MM-DD", stage }). The timeline shows those saved in this browser instead.',
  related: 'Related cards',
  pinnedOnly: 'Pinned only',
  limits: 'Limits of the model',
  chooseStage: 'Choose a stage',
};

type Strings = typeof en;
export type StringKey = keyof Strings;

const es: Strings = {
  findingsHeading: 'Sugerencias de lenguaje',
  noFindings: 'No hay sugerencias de lenguaje.',
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
  pinned: 'Fijadas',
  pinCard: 'Fijar «{0}»',
  cardsShown: '{0} tarjetas',
  noCards: 'Ninguna tarjeta coincide. Pruebe con menos palabras u otro filtro.',
  pinsNotSaved: 'Las tarjetas fijadas no se pueden guardar en este dispositivo; duran hasta que cierre la página.',
  stage: 'Etapa de cambio',
  stageMissing: 'No existe la etapa «{0}». Elija una abajo.',
  behaviours: 'Lo que puede ver',
  prompts: 'Preguntas que puede intentar',
  goals: 'Metas de participación',
  alsoCalled: 'También llamada',
  avoid: 'Qué evitar',
  timelineTitle: 'Etapa de cambio en cada revaluación',
  timelineEmpty: 'Todavía no hay revaluaciones anteriores.',
  timelineSummary: '{0} revaluaciones: {1} hacia adelante, {2} hacia atrás; ahora {3}.',
  now: 'Ahora',
  formTitle: 'Revaluación de reducción de daños',
  sectionsNav: 'Secciones',
  sectionDone: '(respondida)',
  sectionOpen: '(pendiente)',
  required: 'obligatorio',
  missingRequired: 'Todavía falta: {0}.',
  print: 'Imprimir',
  showSummary: 'Resumen para el Plan de Necesidades y Servicios',
  submit: 'Enviar revaluación',
  submitted: 'Enviada. Se borró el borrador de este dispositivo.',
  datePresets: 'Fechas rápidas',
  dismiss: 'Cerrar aviso',
  badValue: 'El portal envió una revaluación que este formulario no puede leer ({0}). No se cambió nada de lo que escribió.',
  draftUnreadable: 'el borrador guardado tiene un formato que esta versión no puede leer: {0}',
  storageUnavailable: 'No se pueden guardar borradores en este navegador (el almacenamiento está desactivado o bloqueado). Lo que escriba se queda en esta página hasta que la cierre: envíelo o copie el resumen antes de salir.',
  storageFull: 'El almacenamiento de este dispositivo está lleno, así que sus últimos cambios no se guardan como borrador. Lo que escriba se queda en esta página: envíelo o copie el resumen antes de salir.',
  conflict: 'Este borrador también se cambió en otra pestaña o ventana (guardado a las {0}). El guardado automático está en pausa aquí para que no se pierda ninguna versión. ¿Cuál quiere conservar?',
  conflictCleared: 'Esta revaluación se envió o se borró en otra pestaña. El guardado automático está en pausa aquí. ¿Conservar lo que hay en esta página como un borrador nuevo, o empezar de nuevo?',
  conflictTheirs: 'Usar la versión de la otra pestaña',
  conflictMine: 'Conservar la versión de esta pestaña',
  conflictStartOver: 'Empezar de nuevo',
  restored: 'Se recuperó su borrador del {0}.',
  badHistory: 'El portal envió revaluaciones anteriores que este formulario no puede leer (se esperaba una lista de { date: "AAAA-MM-DD", stage }). La línea de tiempo muestra las guardadas en este navegador.',
  related: 'Tarjetas relacionadas',
  pinnedOnly: 'Solo fijadas',
  limits: 'Límites del modelo',
  chooseStage: 'Elija una etapa',
};

const tables: Record<Lang, Strings> = { en, es };

const AUDIENCES: Record<string, [string, string]> = {
  worker: ['Social workers', 'Trabajadores sociales'],
  probation: ['Probation officers', 'Oficiales de libertad condicional'],
  caregiver: ['Caregivers', 'Cuidadores'],
  provider: ['Providers', 'Proveedores'],
  'law-enforcement': ['Law enforcement', 'Fuerzas del orden'],
  supervisor: ['Supervisors', 'Supervisores'],
  trainer: ['Trainers', 'Capacitadores'],
};

/** A card audience id ("law-enforcement") as words. */
export function audienceLabel(lang: Lang, id: string): string {
  return AUDIENCES[id]?.[lang === 'es' ? 1 : 0] ?? id;
}

/** The string `key` in `lang`, with `{0}`, `{1}`… replaced by `args`. */
export function t(lang: Lang, key: StringKey, ...args: (string | number)[]): string {
  return tables[lang][key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
