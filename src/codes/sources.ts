import type { Provenance } from './types.ts';

/**
 * Shared provenance records, so each figure names its source once. `source` and `date` are what users
 * read (drafts, CLI, FHIR); `detail` keeps the working reference the figure was typed in from (JSON only).
 */
export const PFS_2026: Provenance = { source: 'CMS Physician Fee Schedule, RVU26A', date: '2026-01' };
export const OPPS_ASC_2026: Provenance = {
  source: 'CMS OPPS Addendum B and ASC payment rates 2026',
  date: '2026-05-08',
  detail: 'As captured on the seed code page (editorial brief) on the date given.',
};
export const SEED_27290: Provenance = {
  source: 'Coding reference for 27290, 6 cited sources',
  date: '2026-05-08',
  detail: 'Seed page cpt-27290 (editorial brief, 6 cited references)',
};
export const SEED_27596: Provenance = {
  source: 'Coding reference for 27596, 7 cited sources',
  date: '2026-05-08',
  detail: 'Seed page cpt-27596 (editorial brief, 7 cited references)',
};
export const SEED_27365: Provenance = {
  source: 'Coding reference for 27365, 7 cited sources',
  date: '2026-05-08',
  detail: 'Seed page cpt-27365 (editorial brief, 7 cited references)',
};
export const DOMAIN_REF: Provenance = {
  source: 'CMS fee-schedule indicators and coding references (2022-2026)',
  date: '2026',
  detail: 'shared/DOMAIN.md',
};
/** Work RVUs for neighbours: 2026 values as recorded in DOMAIN.md (2025 x 0.975). */
export const PFS_2026_WORK_ONLY: Provenance = {
  source: 'CMS Physician Fee Schedule 2026, work RVU',
  date: '2026',
  detail: 'shared/DOMAIN.md (2025 work RVU x 0.975)',
  note: 'Work RVU only; PE, MP and national rate not captured for this code.',
};
export const NCCI_2025: Provenance = { source: 'CMS NCCI Policy Manual, chapter 4 (2025)', date: '2025' };

/**
 * Clinical reasoning, not a CMS or payer source: a diagnosis that is a usual reason for an amputation
 * although no list we hold names it for the code. Marked unverified: it supports the code (no
 * `dx.mismatch`), and a coder checks it against the payer's policy.
 */
export const CLINICAL_REASONING: Provenance = {
  source: 'Clinical reasoning: usual reasons for a lower-limb amputation (not a CMS source)',
  date: '2026-12',
  unverified: true,
  note: 'Necrotising fasciitis, gangrene and critical limb ischaemia with ulceration or gangrene are common indications for a thigh, knee or hip-level amputation and for re-amputation of a failed stump.',
};
