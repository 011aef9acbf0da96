/**
 * The harm-reduction reassessment: the record, its validation, and the questions a form asks. The steps are the CDSS
 * Harm Reduction training's "HR Best Practices for Providers" (1-9), with PACT 2023's
 * "Assessment Strategy: Risk, Set, Setting", and the DOJ bulletin's stages of change.
 *
 */
import * as v from 'valibot';
import { citationLabel } from '../content/sources.js';
import type { SourceRef } from '../language/types.js';
import type { FieldSpec, Lang, Localized, OptionSpec, SectionSpec } from './form.js';

export const RECORD_VERSION = 1;

const text = v.optional(v.string(), '');
const choice = <T extends readonly string[]>(values: T) => v.optional(v.union([v.literal(''), v.picklist(values)]), '');
const isoDate = v.optional(v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]), '');

const DOMAINS = ['safety-planning', 'placement', 'substance-use', 'sexual-behaviors', 'cell-phone-use', 'missing-from-care', 'violent-behaviors', 'other'] as const;
const ACCEPTANCE = ['education', 'assistance', 'known-unsafe'] as const;
const YES_PARTLY_NO = ['yes', 'partly', 'no'] as const;
const RISK_FACTORS = ['substance-use', 'unstable-housing', 'homelessness', 'mental-health', 'lgbtq', 'prior-involvement'] as const;
export const STAGES = ['precontemplation', 'contemplation', 'determination', 'action', 'maintenance'] as const;
const DECISIONS = ['continue', 'adjust', 'stop'] as const;

export const ReassessmentSchema = v.object({
  version: v.literal(RECORD_VERSION),
  assessedOn: isoDate,
  behaviour: v.optional(v.object({ domain: choice(DOMAINS), description: text }), {}),
  riskSetSetting: v.optional(v.object({ risk: text, set: text, setting: text, greatestRisk: text }), {}),
  interventions: v.optional(v.object({ tried: text, notWorking: text }), {}),
  goals: v.optional(v.array(v.object({ term: choice(['short', 'long'] as const), goal: text, progress: text })), []),
  strategy: v.optional(v.object({ description: text, acceptance: choice(ACCEPTANCE) }), {}),
  reassessment: v.optional(v.object({ stillSafer: choice(YES_PARTLY_NO), progress: text, newRiskFactors: v.optional(v.array(v.picklist(RISK_FACTORS)), []), newRiskNotes: text }), {}),
  stage: choice(STAGES),
  youth: v.optional(v.object({ participated: choice(YES_PARTLY_NO), words: text }), {}),
  decision: v.optional(v.object({ choice: choice(DECISIONS), reason: text }), {}),
  communication: v.optional(v.object({ ccl: text, socialWorker: text }), {}),
  nextReview: isoDate,
});

export type ReassessmentRecord = v.InferOutput<typeof ReassessmentSchema>;

export function emptyReassessment(): ReassessmentRecord {
  return v.parse(ReassessmentSchema, { version: RECORD_VERSION });
}

export type ValidationResult =
  | { ok: true; value: ReassessmentRecord }
  | { ok: false; message: string; issues: { path: string; message: string }[] };

/** A record the portal or storage handed us, checked; `message` names the first problem. */
export function validateReassessment(x: unknown): ValidationResult {
  if (x === null || typeof x !== 'object') return { ok: false, message: 'not an object', issues: [{ path: '', message: 'not an object' }] };
  const r = v.safeParse(ReassessmentSchema, x);
  if (r.success) return { ok: true, value: r.output };
  const issues = r.issues.map((i) => {
    const path = i.path?.map((p) => String(p.key)).join('.') ?? '';
    return { path, message: i.message };
  });
  const first = issues[0];
  return { ok: false, message: first.path ? `${first.path}: ${first.message}` : first.message, issues };
}

const L = (en: string, es: string): Localized => ({ en, es });
const opts = (pairs: [string, Localized, Localized?][]): OptionSpec[] => pairs.map(([value, label, help]) => ({ value, label, help }));
const HR = 'cdss-hr-training';
const BP = 'HR Best Practices for Providers';
const BP2 = 'Provider HR Suggested Best Practices (Cont.)';
const src = (source: string, section: string, quote: string): SourceRef => ({ source, section, quote });

const YPN = opts([
  ['yes', L('Yes', 'Sí')],
  ['partly', L('Partly', 'En parte')],
  ['no', L('No', 'No')],
]);

const STAGE_OPTIONS = opts([
  ['precontemplation', L('Pre-Contemplation', 'Precontemplación'), L('Defensive, confrontational, angry; defends the exploiter.', 'A la defensiva, confrontativo, enojado; defiende al explotador.')],
  ['contemplation', L('Contemplation', 'Contemplación'), L('Less defensive and more open to talking about experiences.', 'Menos a la defensiva y más abierto a hablar de sus experiencias.')],
  ['determination', L('Determination', 'Determinación'), L('More responsive to and engaged with support.', 'Responde más al apoyo y participa más.')],
  ['action', L('Action', 'Acción'), L('Open to support, communicates openly.', 'Abierto al apoyo, se comunica abiertamente.')],
  ['maintenance', L('Maintenance', 'Mantenimiento'), L('Open and connected to services and a new support system.', 'Abierto y conectado a servicios y a una nueva red de apoyo.')],
]);

const text_ = (id: string, path: string[], label: Localized, help?: Localized, required?: boolean): FieldSpec => ({ kind: 'text', id, path, label, help, required });

const SECTION_LIST: Omit<SectionSpec, 'cite'>[] = [
  {
    id: 'behaviour',
    title: L('The unsafe behaviour or situation', 'La conducta o situación de riesgo'),
    sources: [src(HR, BP, 'What is the unsafe behavior or situation?')],
    fields: [
      {
        kind: 'choice', id: 'behaviour-domain', path: ['behaviour', 'domain'], label: L('Area', 'Área'), required: true,
        options: opts([
          ['safety-planning', L('Safety planning', 'Plan de seguridad')],
          ['placement', L('Placement', 'Colocación')],
          ['substance-use', L('Substance use', 'Uso de sustancias')],
          ['sexual-behaviors', L('Sexual behaviours', 'Conductas sexuales')],
          ['cell-phone-use', L('Cell phone use', 'Uso del teléfono celular')],
          ['missing-from-care', L('Missing from care', 'Ausente del cuidado')],
          ['violent-behaviors', L('Violent behaviours', 'Conductas violentas')],
          ['other', L('Other', 'Otra')],
        ]),
      },
      text_('behaviour-description', ['behaviour', 'description'], L('What is the unsafe behaviour or situation?', '¿Cuál es la conducta o situación de riesgo?'), L('Describe what happens, in plain words, without labels.', 'Describa lo que pasa, con palabras sencillas y sin etiquetas.'), true),
    ],
  },
  {
    id: 'risk',
    title: L('Risk, Set, Setting', 'Riesgo, disposición y entorno'),
    sources: [src('pact-2023', 'Assessment Strategy: Risk, Set, Setting', 'What is the current mindset (thoughts, moods, expectations)'), src(HR, 'Scenario #1', 'Which risk creates the greatest safety issue for child, or others?')],
    fields: [
      text_('risk-risk', ['riskSetSetting', 'risk'], L('Risk: what is the most pressing or risky issue?', 'Riesgo: ¿cuál es el problema más urgente o riesgoso?')),
      text_('risk-set', ['riskSetSetting', 'set'], L('Set: what is the current mindset (thoughts, moods, expectations)?', 'Disposición: ¿cuál es el estado mental actual (pensamientos, ánimo, expectativas)?')),
      text_('risk-setting', ['riskSetSetting', 'setting'], L('Setting: what setting is the risky behaviour occurring in?', 'Entorno: ¿en qué entorno ocurre la conducta de riesgo?')),
      text_('risk-greatest', ['riskSetSetting', 'greatestRisk'], L('The greatest risk right now', 'El mayor riesgo en este momento')),
    ],
  },
  {
    id: 'interventions',
    title: L('Conventional interventions', 'Intervenciones convencionales'),
    sources: [src(HR, BP, 'What conventional interventions are not working?')],
    fields: [
      text_('interventions-tried', ['interventions', 'tried'], L('Conventional interventions tried', 'Intervenciones convencionales que se intentaron')),
      text_('interventions-not-working', ['interventions', 'notWorking'], L('What is not working?', '¿Qué no está funcionando?')),
    ],
  },
  {
    id: 'goals',
    title: L('Short-term and long-term goals', 'Metas a corto y largo plazo'),
    intro: L('For example: an incremental reduction in the unsafe behaviour; a healthier, more trusting relationship with caregivers; a sense of belonging; more engagement.', 'Por ejemplo: una reducción gradual de la conducta de riesgo; una relación más sana y de más confianza con los cuidadores; un sentido de pertenencia; más participación.'),
    sources: [src(HR, BP, 'What are the related short-term and long-term goals?'), src(HR, BP2, 'Is there any progress, however incremental, on short-term and long-term goals?')],
    fields: [
      {
        kind: 'list', id: 'goals', path: ['goals'], label: L('Goals', 'Metas'),
        itemLabel: L('Goal', 'Meta'), addLabel: L('Add a goal', 'Agregar una meta'), removeLabel: L('Remove goal', 'Quitar la meta'),
        newItem: () => ({ term: 'short', goal: '', progress: '' }),
        item: [
          { kind: 'choice', id: 'goal-term', path: ['term'], label: L('Term', 'Plazo'), options: opts([['short', L('Short term', 'Corto plazo')], ['long', L('Long term', 'Largo plazo')]]) },
          text_('goal-text', ['goal'], L('Goal', 'Meta')),
          text_('goal-progress', ['progress'], L('Progress, however incremental', 'Avance, por pequeño que sea')),
        ],
      },
    ],
  },
  {
    id: 'strategy',
    title: L('How harm reduction makes it safer', 'Cómo la reducción de daños lo hace más seguro'),
    sources: [src(HR, BP, "How might HR make the child's behavior/situation safer?"), src(HR, 'HR Levels of Acceptance', 'Education to make unsafe behavior safer')],
    fields: [
      text_('strategy-description', ['strategy', 'description'], L('The harm-reduction strategy', 'La estrategia de reducción de daños'), undefined, true),
      {
        kind: 'choice', id: 'strategy-acceptance', path: ['strategy', 'acceptance'], label: L('Level of acceptance', 'Nivel de aceptación'),
        options: opts([
          ['education', L('Education to make unsafe behaviour safer (very accepted)', 'Educación para hacer más segura una conducta de riesgo (muy aceptada)')],
          ['assistance', L('Providing assistance in case of unsafe behaviour (mixed acceptance)', 'Dar ayuda en caso de conducta de riesgo (aceptación mixta)'), L('E.g. condoms, naloxone, an emergency bag, a cell phone for safety.', 'P. ej., condones, naloxona, una bolsa de emergencia, un celular por seguridad.')],
          ['known-unsafe', L('Providing assistance to make safer a known unsafe behaviour (least acceptance)', 'Dar ayuda para hacer más segura una conducta de riesgo conocida (la menos aceptada)')],
        ]),
      },
    ],
  },
  {
    id: 'reassessment',
    title: L('Reassessment', 'Revaluación'),
    sources: [src(HR, BP2, 'Is HR continuing to make the behavior/situation safer?'), src(HR, BP2, 'New risk factors?'), src(HR, 'What is CSE? (cont.)', 'Prior child welfare/probation involvement')],
    fields: [
      { kind: 'choice', id: 'reassessment-safer', path: ['reassessment', 'stillSafer'], label: L('Is harm reduction continuing to make the behaviour or situation safer?', '¿La reducción de daños sigue haciendo más segura la conducta o situación?'), options: YPN },
      text_('reassessment-progress', ['reassessment', 'progress'], L('Is there any progress, however incremental, on short-term and long-term goals?', '¿Hay algún avance, por pequeño que sea, en las metas a corto y largo plazo?')),
      {
        kind: 'multi', id: 'reassessment-risks', path: ['reassessment', 'newRiskFactors'], label: L('New risk factors?', '¿Nuevos factores de riesgo?'),
        options: opts([
          ['substance-use', L('Substance use concerns', 'Preocupaciones por uso de sustancias')],
          ['unstable-housing', L('Unstable housing', 'Vivienda inestable')],
          ['homelessness', L('Experiencing homelessness', 'Sin hogar')],
          ['mental-health', L('Mental health concern', 'Preocupación de salud mental')],
          ['lgbtq', L('LGBTQ', 'LGBTQ')],
          ['prior-involvement', L('Prior child welfare/probation involvement', 'Participación previa en bienestar infantil/libertad condicional')],
        ]),
      },
      text_('reassessment-risk-notes', ['reassessment', 'newRiskNotes'], L('Other new risk factors', 'Otros factores de riesgo nuevos')),
    ],
  },
  {
    id: 'stage',
    title: L('Stage of change', 'Etapa de cambio'),
    intro: L('Youth move back and forth between stages; a move back is part of change, not a failure.', 'Los jóvenes avanzan y retroceden entre etapas; retroceder es parte del cambio, no un fracaso.'),
    sources: [src('doj-2021-dle-04', 'The Harm Reduction Approach', 'youth may enter and exit stages several times')],
    fields: [{ kind: 'stage', id: 'stage', path: ['stage'], label: L('Stage of change now', 'Etapa de cambio actual'), options: STAGE_OPTIONS }],
  },
  {
    id: 'decision',
    title: L('Decision', 'Decisión'),
    sources: [src(HR, BP2, 'Decide to continue HR practice?')],
    fields: [
      {
        kind: 'choice', id: 'decision-choice', path: ['decision', 'choice'], label: L('Continue the harm-reduction practice?', '¿Continuar con la práctica de reducción de daños?'), required: true,
        options: opts([['continue', L('Continue', 'Continuar')], ['adjust', L('Adjust', 'Ajustar')], ['stop', L('Stop', 'Suspender')]]),
      },
      text_('decision-reason', ['decision', 'reason'], L('Reason', 'Motivo'), undefined, true),
    ],
  },
  {
    id: 'youth',
    title: L('The youth’s participation and own words', 'La participación del joven y sus propias palabras'),
    intro: L('Consider having the youth participate in all of the above; get their opinion every step of the way.', 'Considere que el joven participe en todo lo anterior; pida su opinión en cada paso.'),
    sources: [src(HR, BP2, 'Consider having the child participate in all of the above; get their opinion every step of the way.')],
    fields: [
      { kind: 'choice', id: 'youth-participated', path: ['youth', 'participated'], label: L('Did the youth take part in this reassessment?', '¿Participó el joven en esta revaluación?'), options: YPN },
      text_('youth-words', ['youth', 'words'], L('In the youth’s own words', 'En las propias palabras del joven'), L('Quote them; their words are kept as written.', 'Cítelo; sus palabras se conservan como las dijo.')),
    ],
  },
  {
    id: 'communication',
    title: L('Communication with CCL and the social worker', 'Comunicación con CCL y el trabajador social'),
    sources: [src(HR, BP2, 'Communicate with CCL and social worker as often as needed'), src(HR, BP2, 'Documentation – all of the above should be in Needs and Services Plan')],
    fields: [
      text_('communication-ccl', ['communication', 'ccl'], L('Community Care Licensing (CCL)', 'Licencias de Cuidado Comunitario (CCL)'), L('When and how CCL was informed.', 'Cuándo y cómo se informó a CCL.')),
      text_('communication-sw', ['communication', 'socialWorker'], L('Social worker', 'Trabajador social'), L('When and how the social worker was informed.', 'Cuándo y cómo se informó al trabajador social.')),
    ],
  },
  {
    id: 'review',
    title: L('Next review', 'Próxima revisión'),
    sources: [src(HR, BP2, 'Reassessment – how often should this be done?')],
    fields: [
      { kind: 'date', id: 'assessed-on', path: ['assessedOn'], label: L('Date of this reassessment', 'Fecha de esta revaluación'), presets: [{ days: 0, label: L('Today', 'Hoy') }] },
      {
        kind: 'date', id: 'next-review', path: ['nextReview'], label: L('Next review date', 'Fecha de la próxima revisión'),
        presets: [
          { days: 7, label: L('In 1 week', 'En 1 semana') },
          { days: 14, label: L('In 2 weeks', 'En 2 semanas') },
          { days: 30, label: L('In 30 days', 'En 30 días') },
          { days: 90, label: L('In 90 days', 'En 90 días') },
        ],
      },
    ],
  },
];

/** Each section's citation line, from its sources ("CDSS Harm Reduction training, HR Best Practices for Providers"). */
const SECTIONS: SectionSpec[] = SECTION_LIST.map((s) => ({ ...s, cite: [...new Set(s.sources.map((r) => citationLabel(r)))].join('; ') }));

/** The questions, in the seed's order, with en/es labels, required parts and sources. */
export const reassessmentModel: { version: typeof RECORD_VERSION; sections: readonly SectionSpec[] } = { version: RECORD_VERSION, sections: SECTIONS };

export function stageOptions(): OptionSpec[] {
  return STAGE_OPTIONS;
}

export function stageOf(r: ReassessmentRecord): string | undefined {
  return r.stage || undefined;
}

export function assessedOnOf(r: ReassessmentRecord): string | undefined {
  return r.assessedOn || undefined;
}

/** "Label: answer", or "Question? answer" where the label already ends in a question mark. */
const labelled = (label: string, answer: string) => (label.endsWith('?') ? `${label} ${answer}` : `${label}: ${answer}`);

/** The record as plain text, ready to paste into a Needs and Services Plan. */
export function toSummaryText(r: ReassessmentRecord, lang: Lang = 'en'): string {
  const lines: string[] = [lang === 'es' ? 'Revaluación de reducción de daños' : 'Harm-reduction reassessment'];
  const label = (f: FieldSpec, value: unknown): string | undefined => {
    if (value === '' || value == null || (Array.isArray(value) && value.length === 0)) return undefined;
    if (f.kind === 'choice' || f.kind === 'stage') return f.options.find((o) => o.value === value)?.label[lang] ?? String(value);
    if (f.kind === 'multi') return (value as string[]).map((x) => f.options.find((o) => o.value === x)?.label[lang] ?? x).join('; ');
    return String(value).trim() || undefined;
  };
  for (const s of SECTIONS) {
    const body: string[] = [];
    for (const f of s.fields) {
      const value = f.path.reduce<unknown>((o, k) => (o as any)?.[k], r);
      if (f.kind === 'list') {
        (value as unknown[]).forEach((item, i) => {
          const parts = f.item.map((sub) => [sub.label[lang], label(sub, (item as any)[sub.path[0]])] as const).filter(([, x]) => x);
          if (parts.length) body.push(`- ${f.itemLabel[lang]} ${i + 1}: ${parts.map(([k, x]) => labelled(k, x!.replace(/[.\s]+$/, ''))).join('. ')}.`);
        });
        continue;
      }
      const x = label(f, value);
      if (x) body.push(`- ${labelled(f.label[lang], x)}`);
    }
    if (body.length) lines.push('', s.title[lang], ...body);
  }
  return lines.join('\n');
}
