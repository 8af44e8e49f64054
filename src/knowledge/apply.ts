import { formatUsd } from '../codes/money.ts';
import type { CodeDefinition, Provenance, SiteRate } from '../codes/types.ts';
import { contentHash } from '../version.ts';
import type { AscRow, FileKind, MueRow, OppsRow, PfsRow, PtpEdit, Setting } from './layouts.ts';
import type { ImportedFile, KnowledgeOverlay } from './overlay.ts';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The Medicare national rate: total RVU × conversion factor, to the cent. */
export const nationalRate = (totalRvu: number, conversionFactor: number): number =>
  round2(totalRvu * conversionFactor);

const KIND_LABEL: Record<FileKind, string> = {
  pprrvu: 'CMS PFS relative value file',
  'opps-b': 'CMS OPPS Addendum B',
  'asc-aa': 'CMS ASC Addendum AA',
  'ncci-ptp': 'CMS NCCI PTP edits',
  mue: 'CMS MUE table',
};

/** The provenance of a figure imported from a file: file name and release, and the release's date. */
export function fileProvenance(file: ImportedFile, importedAt: string): Provenance {
  return {
    source: `${KIND_LABEL[file.kind]} ${file.name} (release ${file.release})`,
    date: file.effective ?? importedAt.slice(0, 10),
  };
}

/** A PTP edit found for a pair of codes, with the file it came from. */
export interface PtpMatch {
  column1: string;
  column2: string;
  effective: string;
  deletion: string | null;
  /** 0: not allowed, 1: allowed with an NCCI-associated modifier, 9: not applicable. */
  modifierIndicator: 0 | 1 | 9;
  rationale: string;
  source: Provenance;
}

export interface MueMatch extends MueRow {
  setting: Setting;
  source: Provenance;
}

/** What the validator asks the imported edits. */
export interface EditLookup {
  /** The practitioner PTP edit for column 1 / column 2 in effect on the date of service (none: currently active). */
  ptp(column1: string, column2: string, dateOfService?: string): PtpMatch | undefined;
  /** The practitioner MUE for a code. */
  mue(code: string, dateOfService?: string): MueMatch | undefined;
  /** The practitioner PTP edits in effect with `column1` as column 1 (for mutation tests). */
  ptpAsColumn1?(column1: string, dateOfService?: string): PtpMatch[];
}

/** An applied overlay: code knowledge per date of service, and the edits. */
export interface Knowledge extends EditLookup {
  overlay: KnowledgeOverlay;
  /** The code knowledge with imported figures applied for that date of service (none: the latest releases). */
  codesFor(dateOfService?: string): readonly CodeDefinition[];
  /** A hash of the overlay's files (sha256 of each), for `meta.versions.knowledge`. */
  version: string;
}

/** Index of the file of a kind (and setting) that applies on a date: the latest effective on or before it. */
function pickFile(
  overlay: KnowledgeOverlay,
  kind: FileKind,
  date: string | undefined,
  setting?: Setting,
): number | undefined {
  let best: number | undefined;
  overlay.files.forEach((f, i) => {
    if (f.kind !== kind || (setting && f.setting !== setting)) return;
    if (date && f.effective && f.effective > date) return;
    const current = best === undefined ? undefined : overlay.files[best];
    if (!current || (f.effective ?? '') >= (current.effective ?? '')) best = i;
  });
  return best;
}

/** Index of the earliest file of a kind (and setting). */
function earliestFile(overlay: KnowledgeOverlay, kind: FileKind, setting: Setting): number | undefined {
  let best: number | undefined;
  overlay.files.forEach((f, i) => {
    if (f.kind !== kind || f.setting !== setting) return;
    const current = best === undefined ? undefined : overlay.files[best];
    if (!current || (f.effective ?? '') < (current.effective ?? '')) best = i;
  });
  return best;
}

function applyPfs(def: CodeDefinition, row: PfsRow, source: Provenance): Partial<CodeDefinition> {
  const rate = nationalRate(row.totalFacility, row.conversionFactor);
  const builtIn = def.rvu.nationalRate;
  const check =
    builtIn === undefined
      ? ''
      : Math.abs(builtIn - rate) < 0.005
        ? `; matches the built-in ${formatUsd(builtIn)}`
        : `; the built-in figure was ${formatUsd(builtIn)} (${def.rvu.source})`;
  const office =
    row.nonFacilityNa || row.totalNonFacility === undefined
      ? undefined
      : nationalRate(row.totalNonFacility, row.conversionFactor);
  const siteRates: SiteRate[] = def.siteRates.flatMap((r) => {
    if (r.setting !== 'office') return [r];
    if (row.nonFacilityNa) return [];
    if (office === undefined) return [r];
    return [{ ...source, setting: 'office', label: 'Office (PFS non-facility)', rate: office }];
  });
  if (office !== undefined && !siteRates.some((r) => r.setting === 'office'))
    siteRates.unshift({ ...source, setting: 'office', label: 'Office (PFS non-facility)', rate: office });
  const days = typeof row.globalDays === 'number' || row.globalDays === 'ZZZ' ? row.globalDays : undefined;
  return {
    rvu: {
      ...source,
      work: row.work,
      practiceExpense: row.peFacility,
      malpractice: row.malpractice,
      total: row.totalFacility,
      nationalRate: rate,
      note: `Facility PE; national rate = facility total ${row.totalFacility} × conversion factor ${row.conversionFactor}${check}.`,
    },
    ...(days === undefined ? {} : { globalDays: days as number | 'ZZZ', globalSource: source }),
    flags: {
      ...source,
      bilateral: row.bilateral as CodeDefinition['flags']['bilateral'],
      assistant: row.assistant as CodeDefinition['flags']['assistant'],
      coSurgeon: row.coSurgeon as CodeDefinition['flags']['coSurgeon'],
    },
    pfsIndicators: {
      ...source,
      status: row.status,
      conversionFactor: row.conversionFactor,
      ...(row.multipleProcedure === undefined ? {} : { multipleProcedure: row.multipleProcedure }),
      ...(row.teamSurgery === undefined ? {} : { teamSurgery: row.teamSurgery }),
    },
    officeSetting: {
      ...source,
      value: !row.nonFacilityNa,
      note: row.nonFacilityNa
        ? 'Non-facility NA indicator: no office (non-facility) payment.'
        : 'The PFS gives a non-facility (office) value.',
    },
    siteRates,
  };
}

function applyOpps(def: CodeDefinition, row: OppsRow, source: Provenance): Partial<CodeDefinition> {
  const inpatientOnly = row.statusIndicator === 'C';
  // An inpatient-only code is paid neither in the HOPD nor in an ASC: built-in outpatient rates go.
  const siteRates: SiteRate[] = def.siteRates.filter(
    (r) => r.setting !== 'hopd' && !(inpatientOnly && r.setting === 'asc'),
  );
  if (row.rate !== undefined)
    siteRates.push({
      ...source,
      setting: 'hopd',
      label: 'Hospital outpatient department',
      rate: row.rate,
      ...(row.apc ? { apc: row.apc } : {}),
    });
  return {
    inpatientOnly: {
      ...source,
      value: inpatientOnly,
      statusIndicator: row.statusIndicator,
      note: `OPPS status indicator ${row.statusIndicator}${row.statusIndicator === 'C' ? ' (inpatient only)' : ''}.`,
    },
    siteRates,
  };
}

function applyAsc(def: CodeDefinition, row: AscRow, source: Provenance): Partial<CodeDefinition> {
  const siteRates: SiteRate[] = def.siteRates.filter((r) => r.setting !== 'asc');
  if (row.rate !== undefined)
    siteRates.push({
      ...source,
      setting: 'asc',
      label: 'Ambulatory surgical center',
      rate: row.rate,
      paymentIndicator: row.paymentIndicator,
    });
  return { siteRates };
}

const SETTING_ORDER = { office: 0, hopd: 1, asc: 2 } as const;

/**
 * The code knowledge with an overlay applied for a date of service: imported figures replace built-in
 * ones code by code, and an imported flag settles an unverified one (the OPPS status indicator decides
 * inpatient-only). Codes the files do not list keep their built-in figures. Pure.
 */
export function applyOverlay(
  codes: readonly CodeDefinition[],
  overlay: KnowledgeOverlay,
  dateOfService?: string,
): CodeDefinition[] {
  const picks = (['pprrvu', 'opps-b', 'asc-aa'] as const).map((kind) => {
    const i = pickFile(overlay, kind, dateOfService);
    return i === undefined
      ? undefined
      : {
          table: overlay.tables[i],
          source: fileProvenance(overlay.files[i] as ImportedFile, overlay.importedAt),
        };
  });
  const [pfs, opps, asc] = picks;
  return codes.map((def) => {
    let next: CodeDefinition = def;
    const sources: Provenance[] = [];
    const pfsRow = pfs?.table?.pfs?.[def.code];
    if (pfs && pfsRow) {
      next = { ...next, ...applyPfs(next, pfsRow, pfs.source) };
      sources.push(pfs.source);
    }
    const oppsRow = opps?.table?.opps?.[def.code];
    if (opps && oppsRow) {
      next = { ...next, ...applyOpps(next, oppsRow, opps.source) };
      sources.push(opps.source);
    }
    const ascRow = asc?.table?.asc?.[def.code];
    if (asc && ascRow) {
      next = { ...next, ...applyAsc(next, ascRow, asc.source) };
      sources.push(asc.source);
    }
    if (sources.length === 0) return def;
    return Object.freeze({
      ...next,
      siteRates: [...next.siteRates].sort((a, b) => SETTING_ORDER[a.setting] - SETTING_ORDER[b.setting]),
      sources: [...sources, ...def.sources],
    });
  });
}

/** Builds the applied knowledge of an overlay over the built-in codes, memoized per date of service. */
export function createKnowledge(overlay: KnowledgeOverlay, base: readonly CodeDefinition[]): Knowledge {
  const byDate = new Map<string, readonly CodeDefinition[]>();
  const ptpIndex = new Map<number, Map<string, PtpEdit[]>>();
  const ptpFor = (i: number): Map<string, PtpEdit[]> => {
    let index = ptpIndex.get(i);
    if (!index) {
      index = new Map();
      for (const e of overlay.tables[i]?.ptp ?? []) {
        const key = `${e[0]}|${e[1]}`;
        const list = index.get(key);
        if (list) list.push(e);
        else index.set(key, [e]);
      }
      ptpIndex.set(i, index);
    }
    return index;
  };
  return {
    overlay,
    version: contentHash(overlay.files.map((f) => f.sha256)),
    codesFor(dateOfService) {
      const key = dateOfService ?? '';
      let codes = byDate.get(key);
      if (!codes) {
        codes = Object.freeze(applyOverlay(base, overlay, dateOfService));
        byDate.set(key, codes);
      }
      return codes;
    },
    ptpAsColumn1(column1, dateOfService) {
      const i =
        pickFile(overlay, 'ncci-ptp', dateOfService, 'practitioner') ??
        earliestFile(overlay, 'ncci-ptp', 'practitioner');
      if (i === undefined) return [];
      const seen = new Set<string>();
      return (overlay.tables[i]?.ptp ?? [])
        .filter((e) => e[0] === column1 && !seen.has(e[1]) && seen.add(e[1]))
        .flatMap((e) => {
          const m = this.ptp(e[0], e[1], dateOfService);
          return m ? [m] : [];
        });
    },
    ptp(column1, column2, dateOfService) {
      // PTP rows carry their own dates: a date of service before every imported release is read from
      // the earliest one.
      const i =
        pickFile(overlay, 'ncci-ptp', dateOfService, 'practitioner') ??
        earliestFile(overlay, 'ncci-ptp', 'practitioner');
      if (i === undefined) return undefined;
      const edit = ptpFor(i)
        .get(`${column1}|${column2}`)
        ?.find(([, , effective, deletion]) =>
          dateOfService
            ? effective <= dateOfService && (deletion === null || dateOfService <= deletion)
            : deletion === null,
        );
      if (!edit) return undefined;
      return {
        column1: edit[0],
        column2: edit[1],
        effective: edit[2],
        deletion: edit[3],
        modifierIndicator: edit[4],
        rationale: edit[5],
        source: fileProvenance(overlay.files[i] as ImportedFile, overlay.importedAt),
      };
    },
    mue(code, dateOfService) {
      const i = pickFile(overlay, 'mue', dateOfService, 'practitioner');
      const row = i === undefined ? undefined : overlay.tables[i]?.mue?.[code];
      if (i === undefined || !row) return undefined;
      return {
        ...row,
        setting: 'practitioner',
        source: fileProvenance(overlay.files[i] as ImportedFile, overlay.importedAt),
      };
    },
  };
}
