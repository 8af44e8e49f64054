import type { Evidence } from '../schemas/facts.ts';
import { segment } from './sections.ts';
import type { SectionKind } from './types.ts';

/**
 * An operation stopped before it became any procedure ("the procedure was abandoned", "aborted after
 * exploration", "closed without amputation"): the statement, as data. Such a note documents no
 * resection, so the code it was planned as was never performed and asks the surgeon for nothing
 * (src/validate/requirements.ts `checkedCode`); the level stays undetermined and the coder reviews it.
 * Each rule carries its own test rows (`examples`: `expect` true when the note states the abandonment),
 * run by tests/nlp-context.test.ts.
 */
export interface AbandonedRule {
  id: string;
  /** Regex source of the statement (case-insensitive), within one sentence. */
  cue: string;
  /** A "not" inside the match negates it ("the procedure was not abandoned"). */
  notInside?: boolean;
  examples: readonly { text: string; expect: boolean }[];
}

/** What was stopped: the operation or the procedure it was to be. */
const OPERATION =
  '(?:procedure|operation|surgery|case|amputation|re-?amputation|resection|hemipelvectomy|disarticulation|excision|plan(?:ned\\s+(?:procedure|operation|amputation|resection))?)';
const STOPPED = '(?:abandoned|aborted|terminated|discontinued|called\\s+off)';

export const abandonedRules: readonly AbandonedRule[] = [
  {
    id: 'abandoned.passive',
    // "The procedure was abandoned", "the planned amputation was therefore aborted".
    cue: `\\b${OPERATION}\\s+(?:was|were|had\\s+to\\s+be|had\\s+been)\\s+(?:\\w+\\s+){0,2}?${STOPPED}\\b`,
    notInside: true,
    examples: [
      { text: 'The procedure was abandoned and the wound packed.', expect: true },
      { text: 'The planned hemipelvectomy was therefore aborted.', expect: true },
      { text: 'The operation had to be abandoned because of instability.', expect: true },
      { text: 'The procedure was not abandoned; the femur was divided.', expect: false },
      { text: 'The procedure was paused for ten minutes and then resumed.', expect: false },
    ],
  },
  {
    id: 'abandoned.active',
    // "We abandoned the procedure", "the decision was made to abort the operation".
    cue: `\\b(?:abandon(?:ed)?|abort(?:ed)?|terminat(?:ed|e)|call(?:ed)?\\s+off)\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?${OPERATION}\\b`,
    examples: [
      { text: 'We abandoned the procedure and closed the skin.', expect: true },
      { text: 'The decision was made to abort the planned amputation.', expect: true },
      { text: 'We did not abandon the procedure.', expect: false },
    ],
  },
  {
    id: 'abandoned.after',
    // "Aborted after exploration", "abandoned at laparotomy".
    cue: `\\b${STOPPED}\\s+(?:after|at|following|upon)\\s+(?:the\\s+)?(?:initial\\s+)?(?:exploration|incision|laparotomy|induction|exposure|dissection)\\b`,
    examples: [
      { text: 'Operation aborted after exploration.', expect: true },
      { text: 'It was abandoned at laparotomy.', expect: true },
    ],
  },
  {
    id: 'abandoned.closed-without',
    // "Closed without amputation", "the wound was closed without proceeding to resection".
    cue: '\\bclosed\\s+(?:\\w+\\s+){0,3}?without\\s+(?:proceeding\\s+(?:to|with)\\s+|performing\\s+|any\\s+)?(?:the\\s+|an?\\s+)?(?:amputation|re-?amputation|resection|hemipelvectomy|disarticulation|excision)\\b',
    examples: [
      { text: 'The skin was closed without amputation.', expect: true },
      { text: 'The wound was closed in layers without proceeding to resection.', expect: true },
      { text: 'The flap was closed without tension.', expect: false },
    ],
  },
  {
    id: 'abandoned.did-not-proceed',
    // "We did not proceed with the amputation", "no resection was performed".
    cue: '\\b(?:did\\s+not|could\\s+not|was\\s+not\\s+able\\s+to|were\\s+unable\\s+to|elected\\s+not\\s+to)\\s+proceed\\s+(?:with|to)\\s+(?:the\\s+|an?\\s+)?(?:\\w+\\s+){0,2}?(?:amputation|re-?amputation|resection|hemipelvectomy|disarticulation|excision)\\b|\\bno\\s+(?:amputation|resection|hemipelvectomy|disarticulation)\\s+was\\s+(?:performed|done|carried\\s+out|undertaken)\\b',
    examples: [
      { text: 'We did not proceed with the hemipelvectomy.', expect: true },
      { text: 'No resection was performed.', expect: true },
    ],
  },
];

/** Sections where a stopped operation is history or a plan, not what happened today. */
const NOT_TODAY: ReadonlySet<SectionKind> = new Set<SectionKind>(['indications', 'plan']);
/** A sentence that only imagines or discusses stopping ("if ... the procedure would be abandoned"). */
const HYPOTHETICAL =
  /\b(?:if|unless|would|will|may|might|could\s+be|should|risks?|possib\w*|discuss\w*|consent\w*|previous(?:ly)?|prior|earlier|ago|last\s+(?:year|month|week))\b/i;
const NEGATED = /\b(?:not|never|no\s+need\s+to)\s+(?:\w+\s+){0,1}$/i;

const COMPILED = abandonedRules.map((r) => ({ rule: r, cue: new RegExp(r.cue, 'i') }));

/** Whether one sentence states the operation stopped, by rule: the first rule's match, or undefined. */
export function abandonedIn(sentence: string): { rule: string; index: number; text: string } | undefined {
  if (!/abandon|abort|terminat|discontinu|called\s+off|without|proceed|no\s/i.test(sentence))
    return undefined;
  for (const c of COMPILED) {
    const m = c.cue.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(0, m.index);
    if (HYPOTHETICAL.test(before) || NEGATED.test(before) || (c.rule.notInside && /\bnot\b/i.test(m[0])))
      continue;
    return { rule: c.rule.id, index: m.index, text: m[0] };
  }
  return undefined;
}

let lastText: string | undefined;
let lastFound: Evidence | undefined;

/**
 * The statement that this operation was stopped before it became a procedure, with its offsets, or
 * undefined. History, plans and imagined stops do not count. Computed once per note.
 */
export function abandonedOperationOf(text: string): Evidence | undefined {
  if (text === lastText) return lastFound;
  lastText = text;
  lastFound = undefined;
  for (const s of segment(text)) {
    if (NOT_TODAY.has(s.section)) continue;
    const hit = abandonedIn(text.slice(s.start, s.end));
    if (!hit) continue;
    const start = s.start + hit.index;
    lastFound = { quote: hit.text, start, end: start + hit.text.length, match: 'rule' };
    break;
  }
  return lastFound;
}
