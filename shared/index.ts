/** The `rapport` package: the shared core every surface uses. */
export type { Domain, Severity, SourceRef, Finding, CustomTerm, CheckOptions } from './language/types.js';
export { DOMAINS } from './language/types.js';
export { check, applySuggestion } from './language/check.js';
export { IncrementalChecker, ChunkedChecker, createChecker, createUpdateChecker } from './language/incremental.js';
export { lexicon } from './language/lexicon/index.js';
export type { RuleFamily, RuleForm, RuleContext, RuleExample } from './language/lexicon/format.js';
export { sources, getSource, citationLabel } from './content/sources.js';
export type { Source } from './content/sources.js';
export type { Audience, Block, Card, CardKind } from './content/types.js';
export { AUDIENCES, blockText } from './content/types.js';
export { cards } from './content/cards/index.js';
export { stages, getStage, stageModelLimits, STAGE_IDS } from './content/stages.js';
export type { Stage, StageId } from './content/stages.js';
export { suggestStage } from './content/stage-cues.js';
export type { StageCue, StageSuggestion } from './content/stage-cues.js';
export { searchCards, getCard, cardTopics, cardsForFindings, rankCards, relatedCardForRule } from './content/search.js';
export { noteTopicCardIds } from './content/note-topics.js';
export type { SearchOptions } from './content/search.js';
export { renderCardText, renderStageText } from './content/text.js';
export {
  ReassessmentSchema,
  emptyReassessment,
  validateReassessment,
  reassessmentModel,
  toSummaryText,
  RECORD_VERSION,
} from './reassessment/model.js';
export type { ReassessmentRecord, ValidationResult } from './reassessment/model.js';
export type { Lang, SectionSpec, FieldSpec, OptionSpec, Localized } from './reassessment/form.js';
