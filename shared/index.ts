/** The `rapport` package: the shared core every surface uses. */
export type { Domain, Severity, SourceRef, Finding, CustomTerm, CheckOptions } from './language/types.js';
export { DOMAINS } from './language/types.js';
export { check } from './language/check.js';
export { sources, getSource, citationLabel } from './content/sources.js';
export type { Source } from './content/sources.js';
