import type { ElementKey } from '../../codes/elements.ts';
import { elements as elementDefs } from '../../codes/elements.ts';
import type { FindingOf } from '../../schemas/findings.ts';
import { defineRule } from './define.ts';

/**
 * A documentation element the note states two ways (the title and the diagnoses name the right side, the
 * prep, the incision and the specimen the left): only the surgeon can say which is true, so the note
 * goes to a physician query before any claim is built on it.
 */
export default defineRule({
  id: 'doc.conflicting',
  severity: 'error',
  route: 'query-physician',
  meaning:
    'the note states a documentation element two ways (the operated side named right in the title and diagnoses, left in the operative description): the surgeon must confirm which',
  check({ elements }) {
    const out: FindingOf<'doc.conflicting'>[] = [];
    for (const [key, fact] of Object.entries(elements) as Array<
      [ElementKey, (typeof elements)[ElementKey]]
    >) {
      if (fact.status !== 'documented' || !fact.conflicting || fact.conflicting.length === 0) continue;
      const label = elementDefs[key].label;
      out.push({
        id: 'doc.conflicting',
        element: key,
        severity: 'error',
        message: `${label} is stated two ways in the note: "${String(fact.value)}" where it names the operation, another value in the operative description.`,
        evidence: [...fact.evidence.slice(0, 1), ...fact.conflicting.slice(0, 2)],
        fix: `Confirm ${label.toLowerCase()} with the surgeon and correct the note where it is wrong.`,
      });
    }
    return out;
  },
});
