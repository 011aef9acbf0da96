/** The built-in lexicon: every rule family, by domain. */
import type { RuleFamily } from './format.js';
import { exploitation } from './exploitation.js';
import { missing } from './missing.js';
import { substance } from './substance.js';
import { mentalHealth } from './mental-health.js';
import { behavior } from './behavior.js';
import { practice } from './practice.js';
import { identity } from './identity.js';

export const lexicon: readonly RuleFamily[] = [...exploitation, ...missing, ...substance, ...mentalHealth, ...behavior, ...practice, ...identity];
