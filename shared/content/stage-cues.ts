/**
 * Stage-of-change cues in a case note: phrases a worker writes when describing the behaviours the
 * DOJ bulletin lists for each stage. `suggestStage` only suggests; the worker decides. Cues are
 * general patterns (inflections, pronouns), and a cue under negation ("no longer defends him")
 * does not count for its stage; where negation means movement away from it, it counts for the next.
 */
import type { StageId } from './stages.js';

export interface StageCue {
  start: number;
  end: number;
  text: string;
}

export interface StageSuggestion {
  stage: StageId;
  /** 0..1: this stage's share of the cue weight found in the note. */
  score: number;
  cues: StageCue[];
}

interface CueRule {
  stage: StageId;
  re: RegExp;
  weight: number;
  /** When the cue is negated by "no longer/stopped/less", it counts for this stage instead. */
  negatedStage?: StageId;
}

const PRON = '(?:her|his|their|the|this|that|a)';
const EXPLOITER = "(?:boyfriend|bf|exploiter|trafficker|pimp|partner|abuser|daddy|man|guy|\"?boyfriend\"?)(?:'s)?";
const S = (stage: StageId, weight: number, source: string, negatedStage?: StageId): CueRule => ({
  stage,
  weight,
  negatedStage,
  re: new RegExp(source, 'giu'),
});

// Built on first use: a module that only declares things is left out of bundles that never ask
// for stage cues (the widgets).
let rules: CueRule[] | undefined;
const cueRules = (): CueRule[] => (rules ??= [
  // Pre-Contemplation: defensive, confrontational, angry; denies involvement or the problem; defends the exploiter.
  S('precontemplation', 1, String.raw`\b(?:very |was |is |became |got |remains? |stays? )?(?:defensive|confrontational|combative|hostile)\b`, 'contemplation'),
  S('precontemplation', 1, String.raw`\bdefend(?:s|ed|ing)? ${PRON} ${EXPLOITER}`, 'contemplation'),
  S('precontemplation', 1, String.raw`\b(?:profess(?:es|ed|ing)?|express(?:es|ed|ing)?|talk(?:s|ed|ing)? about) (?:her |his |their )?(?:love|loyalty|care) (?:for|to) ${PRON} ${EXPLOITER}`, 'contemplation'),
  S('precontemplation', 1, String.raw`\b(?:loyal to|in love with|protect(?:s|ed|ing)?) ${PRON} ${EXPLOITER}`, 'contemplation'),
  S('precontemplation', 1, String.raw`\bden(?:y|ies|ied|ying) (?:any )?(?:involvement|being (?:exploited|trafficked)|exploitation|that (?:she|he|they) (?:is|was|are|were) being exploited)`),
  S('precontemplation', 1, String.raw`\b(?:does(?:n't| not)|did(?:n't| not)|do(?:n't| not)) (?:think|believe|see|feel) (?:it|this|that|anything)(?: is|'s| was)? (?:a problem|wrong|an issue)`),
  S('precontemplation', 0.8, String.raw`\b(?:says?|said|stated|states|reports?|reported) (?:that )?(?:she|he|they|yth|youth) (?:chose|chooses|choose|wants?|wanted) (?:to do )?(?:this|it)\b`),
  S('precontemplation', 0.6, String.raw`\b(?:angry|yelling|shut down|refus(?:es|ed|ing) to talk)\b`, 'contemplation'),
  // Contemplation: less defensive, more open to talking; not yet ready to leave but processing the abuse.
  S('contemplation', 1, String.raw`\bless (?:defensive|guarded|angry|confrontational)\b`),
  S('contemplation', 1, String.raw`\bmore open (?:to|about|with)\b|\bopen(?:ed|ing)? up (?:about|to)\b`),
  S('contemplation', 1, String.raw`\b(?:talk(?:s|ed|ing)?|spoke|speaking|shared|sharing) (?:more )?(?:openly )?about (?:her|his|their|what) (?:experiences?|happened|the abuse|exploitation|relationship)`),
  S('contemplation', 1, String.raw`\bnot (?:yet )?ready to leave\b|\bprocessing (?:the |what )?(?:abuse|happened|experiences?)`),
  S('contemplation', 1, String.raw`\b(?:ambivalent|mixed feelings|torn about|unsure about (?:leaving|the relationship)|questioning (?:the|her|his|their) relationship|thinking about leaving|considering leaving)\b`),
  // Determination: more responsive to and engaged with support; answers exploiter's calls less frequently.
  S('determination', 1, String.raw`\bmore (?:responsive|engaged|receptive)\b`),
  S('determination', 1, String.raw`\b(?:answer(?:s|ed|ing)?|pick(?:s|ed|ing)? up|return(?:s|ed|ing)?) (?:${PRON} ${EXPLOITER} |(?:her|his|their) )?(?:phone )?calls? (?:from ${PRON} ${EXPLOITER} )?less (?:often|frequently)\b`),
  S('determination', 1, String.raw`\b(?:ignor(?:es|ed|ing)|block(?:s|ed|ing)|not answering|stopped answering) ${PRON} ${EXPLOITER}(?:'s)? (?:calls|texts|number|messages)`),
  S('determination', 1, String.raw`\b(?:wants?|wanted|ready|decided) to (?:leave|get out|make (?:a )?changes?|stop)\b`),
  S('determination', 0.8, String.raw`\b(?:asked|asking|asks) (?:for|about) (?:help|services|support|a safety plan|shelter)\b|\bmade a (?:safety )?plan\b`),
  // Action: may still engage with purchasers for financial stability; fewer runs; open to support, communicates openly.
  S('action', 1, String.raw`\b(?:fewer|less frequent|decreased|reduced) (?:runs|awols?|absences|incidents of running|episodes of running|running)\b|\bdecreas(?:e|ed|ing) in (?:running|awols?|runs)\b`),
  S('action', 1, String.raw`\bhas(?:n't| not) (?:run|left (?:placement|the home)|gone missing|been missing)(?: (?:in|for|since) (?:(?:a|an|the|last|past|over|two|three|four|several|\d+) )*\w+)?`),
  S('action', 1, String.raw`\bcommunicat(?:es|ed|ing) openly\b|\bopen to (?:support|services|help)\b`),
  S('action', 0.8, String.raw`\b(?:still|continues to|continued to) (?:see|meet|engage with) (?:buyers|purchasers|dates|clients)\b`),
  S('action', 0.8, String.raw`\b(?:attending|attended|attends|started|enrolled in|participating in) (?:therapy|counseling|school|groups?|appointments|services|ILP|treatment)\b`),
  // Maintenance: open and connected to services and a new support system.
  S('maintenance', 1, String.raw`\b(?:connected|linked) (?:to|with) (?:services|supports?|a mentor|an advocate|(?:a |her |his |their )?new support)`),
  S('maintenance', 1, String.raw`\bnew support (?:system|network|people)\b`),
  S('maintenance', 1, String.raw`\b(?:stable|consistent) (?:in|at) (?:placement|school|services) for (?:\w+ )?(?:months|weeks)\b|\bno contact with ${PRON} ${EXPLOITER} (?:for|in|since)\b`),
  S('maintenance', 0.8, String.raw`\bmaintain(?:s|ed|ing) (?:her |his |their )?(?:progress|changes|safety plan|connection)\b`),
]);

const NEGATION = /\b(?:no longer|not|never|stopped|isn't|wasn't|doesn't|didn't|don't|aren't|less|without|denies being)\s+(?:\w+\s+){0,1}$/i;
const MOVEMENT = /\b(?:no longer|stopped|less)\s+(?:\w+\s+){0,1}$/i;

/**
 * Ranks the five stages by the cues found in a note, best first. Stages with no cue are left out,
 * so a note without cues yields an empty list.
 */
export function suggestStage(noteText: string): StageSuggestion[] {
  const found = new Map<StageId, { weight: number; cues: StageCue[] }>();
  const add = (stage: StageId, weight: number, cue: StageCue) => {
    const f = found.get(stage) ?? { weight: 0, cues: [] };
    const overlap = f.cues.findIndex((c) => c.start < cue.end && cue.start < c.end);
    if (overlap >= 0) {
      // One stretch of text is one cue: keep the longer reading ("less defensive" over "defensive").
      const old = f.cues[overlap];
      if (cue.end - cue.start > old.end - old.start) f.cues[overlap] = cue;
      return;
    }
    f.weight += weight;
    f.cues.push(cue);
    found.set(stage, f);
  };
  for (const rule of cueRules()) {
    rule.re.lastIndex = 0;
    for (const m of noteText.matchAll(rule.re)) {
      const start = m.index!;
      const cue = { start, end: start + m[0].length, text: m[0] };
      const before = noteText.slice(Math.max(0, start - 24), start);
      const clause = before.split(/[.;!?\n]/).pop() ?? '';
      if (NEGATION.test(clause)) {
        if (rule.negatedStage && MOVEMENT.test(clause)) add(rule.negatedStage, rule.weight * 0.8, cue);
        continue;
      }
      add(rule.stage, rule.weight, cue);
    }
  }
  const total = [...found.values()].reduce((s, f) => s + f.weight, 0);
  return [...found.entries()]
    .map(([stage, f]) => ({ stage, score: Math.round((f.weight / total) * 1000) / 1000, cues: f.cues.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => b.score - a.score || order(a.stage) - order(b.stage));
}

const order = (s: StageId) => ['precontemplation', 'contemplation', 'determination', 'action', 'maintenance'].indexOf(s);
