import type { Provenance } from './types.ts';

/** Shared provenance records, so each figure names its source once. */
export const PFS_2026: Provenance = { source: 'CMS Physician Fee Schedule, RVU26A', date: '2026-01' };
export const OPPS_ASC_2026: Provenance = {
  source: 'CMS OPPS Addendum B and ASC HCPCS payment rates 2026 (as captured on the seed code page)',
  date: '2026-05-08',
};
export const SEED_27290: Provenance = {
  source: 'Seed page cpt-27290 (editorial brief, 6 cited references)',
  date: '2026-05-08',
};
export const SEED_27596: Provenance = {
  source: 'Seed page cpt-27596 (editorial brief, 7 cited references)',
  date: '2026-05-08',
};
export const SEED_27365: Provenance = {
  source: 'Seed page cpt-27365 (editorial brief, 7 cited references)',
  date: '2026-05-08',
};
export const DOMAIN_REF: Provenance = {
  source: 'shared/DOMAIN.md: CMS fee-schedule file flags and coding references (2022-2026)',
  date: '2026',
};
/** Work RVUs for neighbours: 2026 values as recorded in DOMAIN.md (2025 x 0.975). */
export const PFS_2026_WORK_ONLY: Provenance = {
  source: 'CMS Physician Fee Schedule 2026 work RVU via shared/DOMAIN.md',
  date: '2026',
  note: 'Work RVU only; PE, MP and national rate not captured for this neighbour.',
};
export const NCCI_2025: Provenance = { source: 'CMS NCCI Policy Manual, chapter 4 (2025)', date: '2025' };
