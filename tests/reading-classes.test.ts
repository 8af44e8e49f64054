import { describe, expect, it } from 'vitest';
import { processNote } from '../src/pipeline/process.ts';
import { findingKey } from '../src/schemas/findings.ts';
import { readingProbes } from './support/reading-classes.ts';
import { devnProbes } from './support/reading-classes-devn.ts';
import { dictationProbes } from './support/reading-classes-dictation.ts';
import { dictredProbes } from './support/reading-classes-dictred.ts';
import { findrtProbes } from './support/reading-classes-findrt.ts';
import { formatProbes } from './support/reading-classes-formats.ts';
import { gaps2Probes } from './support/reading-classes-gaps2.ts';
import { mendProbes } from './support/reading-classes-mend.ts';
import { namelessProbes } from './support/reading-classes-names.ts';
import { npProbes } from './support/reading-classes-np.ts';
import { post2Probes } from './support/reading-classes-post2.ts';
import { postadProbes } from './support/reading-classes-postad.ts';
import { postaeProbes } from './support/reading-classes-postae.ts';
import { postmeasureProbes } from './support/reading-classes-postmeasure.ts';
import { postpubProbes } from './support/reading-classes-postpub.ts';
import { publishedProbes } from './support/reading-classes-published.ts';
import { pubrtProbes } from './support/reading-classes-pubrt.ts';
import { redteamProbes } from './support/reading-classes-redteam.ts';
import { reviewProbes } from './support/reading-classes-review.ts';
import { review2Probes } from './support/reading-classes-review2.ts';
import { s5Probes } from './support/reading-classes-s5.ts';
import { s6Probes } from './support/reading-classes-s6.ts';
import { s8Probes } from './support/reading-classes-s8.ts';
import { s9Probes } from './support/reading-classes-s9.ts';

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
  ...dictredProbes,
  ...mendProbes,
  ...review2Probes,
  ...postpubProbes,
  ...postadProbes,
  ...postaeProbes,
  ...post2Probes,
  ...s5Probes,
  ...s6Probes,
  ...s8Probes,
  ...s9Probes,
];

/**
 * The review rows (`review: true`) that lose their code into coder review today (no code decided), each
 * accepted for the reason given. A review row that loses its code and is not named here fails the last
 * test; one named here that keeps its code again fails it too, so the list is the exact count of losses.
 */
const ACCEPTED_LOSSES: ReadonlyMap<string, string> = new Map([
  [
    "dp1 guard: one patient's earlier curettage 'was a failure'; today's femur resection is wide",
    'the earlier curettage elsewhere is read as a curettage of today: 27356 or 27357 stand beside the resection, and the graft that decides is unstated',
  ],
  [
    'gaps-1 unlike a re-amputation, in which the femur is shortened: no denied femoral cut',
    'a cut named only to compare is neither affirmed nor denied, and only a denied femoral cut elects 27594 over 27596',
  ],
  [
    'rv2 the sharp edge of the femur trimmed with a rongeur on a scar revision',
    'an edge trimmed states no bone taken and no cut denied: 27594 or 27596, the femur cut unstated',
  ],
  [
    'rv2 we rongeured the rough cortical edges of the femur smooth',
    'edges rongeured smooth state no bone taken and no cut denied: 27594 or 27596, the femur cut unstated',
  ],
  [
    'rv4 guard: a leg amputated above the knee in childhood, a neuroma excised today',
    'a guard that the childhood amputation elects nothing; the neuroma excised names no stump revision',
  ],
  [
    'rv9 a calcaneal cyst lining curetted (was 27355)',
    'a calcaneal cyst is no femoral lesion: no code of the registry fits, which is the right answer',
  ],
  [
    'pm2 booked as a femoral resection, then only the soft-tissue sarcoma removed',
    'the booked resection is rightly no bone taken; the size that decides 27329 or 27364 is not read',
  ],
  [
    'pm2 listed as a segmental femur resection, no bone taken',
    'the listed resection is rightly no bone taken; the soft-tissue excision is not established either',
  ],
  [
    'g10 amputated through the thigh, no, sorry, through the knee joint',
    'the comma-bounded correction is not read as retracting the thigh, so the knee joint is not established; the thigh is not elected either',
  ],
]);

/** Per review row run, whether it kept its code (a row whose code is null keeps it by losing nothing). */
const keptByReviewRow = new Map<string, boolean>();

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
    if (probe.review === true) keptByReviewRow.set(probe.klass, got === probe.code);
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

  // After the rows (a describe runs its tests in order): the review rows that lost their code.
  it('review rows lose their code into coder review only where ACCEPTED_LOSSES says why', () => {
    const lost = [...keptByReviewRow].filter(([, kept]) => !kept).map(([klass]) => klass);
    expect(
      lost.filter((klass) => !ACCEPTED_LOSSES.has(klass)),
      'review rows newly losing their code',
    ).toEqual([]);
    const regained = [...ACCEPTED_LOSSES.keys()].filter((klass) => keptByReviewRow.get(klass) === true);
    expect(regained, 'accepted losses that keep their code again: remove them from the list').toEqual([]);
  });

  it('every accepted loss names a review row', () => {
    const reviewRows = new Set(probes.filter((p) => p.review === true).map((p) => p.klass));
    expect([...ACCEPTED_LOSSES.keys()].filter((klass) => !reviewRows.has(klass))).toEqual([]);
  });
});
