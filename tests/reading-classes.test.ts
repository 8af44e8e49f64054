import { describe, expect, it } from 'vitest';
import { processNote } from '../src/pipeline/process.ts';
import { findingKey } from '../src/schemas/findings.ts';
import { readingProbes } from './support/reading-classes.ts';
import { devnProbes } from './support/reading-classes-devn.ts';
import { dictationProbes } from './support/reading-classes-dictation.ts';
import { findrtProbes } from './support/reading-classes-findrt.ts';
import { formatProbes } from './support/reading-classes-formats.ts';
import { gaps2Probes } from './support/reading-classes-gaps2.ts';
import { namelessProbes } from './support/reading-classes-names.ts';
import { npProbes } from './support/reading-classes-np.ts';
import { postmeasureProbes } from './support/reading-classes-postmeasure.ts';
import { publishedProbes } from './support/reading-classes-published.ts';
import { pubrtProbes } from './support/reading-classes-pubrt.ts';
import { redteamProbes } from './support/reading-classes-redteam.ts';
import { reviewProbes } from './support/reading-classes-review.ts';

const probes = [
  ...readingProbes,
  ...dictationProbes,
  ...formatProbes,
  ...publishedProbes,
  ...devnProbes,
  ...namelessProbes,
  ...npProbes,
  ...redteamProbes,
  ...reviewProbes,
  ...postmeasureProbes,
  ...pubrtProbes,
  ...gaps2Probes,
  ...findrtProbes,
];

// Each probe through the whole pipeline (rules extractor): the code the anatomy decides, or — where
// the probe allows it — a coder-review route with no code or that code. Never another code elsewhere.
// A generic text (textbook, atlas, series) says so in its route, and only a generic text does.
describe('reading classes of issue 10, whole notes', () => {
  it.each(probes.map((p) => [p.klass, p] as const))('%s', async (_name, probe) => {
    const result = await processNote({ transcript: probe.text, claim: probe.claim ?? null });
    const got = result.code.supported;
    const route = result.route.decision;
    const reviewed =
      probe.review === true && route === 'coder-review' && (got === null || got === probe.code);
    expect(reviewed ? probe.code : got, `route ${route}`).toBe(probe.code);
    const generic = result.route.reasons.some((r) => r.signal === 'note.generic');
    expect(generic, 'note.generic').toBe(probe.generic === true);
    if (probe.generic) {
      expect(route).toBe('coder-review');
      // No physician to ask about a textbook or a series.
      expect(result.findings.filter((f) => f.id === 'doc.missing')).toEqual([]);
      expect(result.drafts.queries).toEqual([]);
    }
    for (const id of probe.findings ?? []) expect(result.findings.map((f) => f.id)).toContain(id);
    for (const key of probe.absent ?? []) expect(result.findings.map(findingKey)).not.toContain(key);
    if (probe.route)
      expect(route, JSON.stringify(result.route.reasons.map((r) => r.message))).toBe(probe.route);
    for (const [element, status] of Object.entries(probe.statuses ?? {}))
      expect((result.facts as Record<string, { status?: string }>)[element]?.status, element).toBe(status);
    if (probe.standing) {
      expect(result.code.ambiguity?.codes, 'standing codes').toEqual(probe.standing);
      expect(result.code.ambiguity?.missing, 'missing facts').toEqual(probe.missing ?? []);
      expect(result.findings.map((f) => f.id)).toContain('level.ambiguous');
      expect(route).toBe('coder-review');
    }
    for (const [element, value] of Object.entries(probe.values ?? {}))
      expect((result.facts as Record<string, { value?: unknown }>)[element]?.value, element).toEqual(value);
    for (const [feature, status] of Object.entries(probe.anatomy ?? {}))
      expect((result.anatomy as Record<string, { status?: string }>)[feature]?.status, feature).toBe(status);
    if (probe.draftSurgeons) {
      const section =
        result.drafts.operativeNote.split('## Surgeon and assistants')[1]?.split('\n## ')[0] ?? '';
      for (const words of probe.draftSurgeons) expect(section, 'surgeon section').toContain(words);
    }
  });
});
