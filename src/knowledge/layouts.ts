/**
 * The CMS files opnote reads, as data: each layout names its columns (matched on the header row,
 * case-, whitespace- and punctuation-insensitively) and turns one row into the figures the knowledge
 * keeps. Descriptor columns (AMA CPT text) are never read.
 */

export type FileKind = 'pprrvu' | 'opps-b' | 'asc-aa' | 'ncci-ptp' | 'mue';

/** Lower-case letters and digits only: "NON-FAC PE RVU" -> "nonfacpervu". */
export const normalizeHeader = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface ColumnSpec {
  key: string;
  /** The column name as CMS prints it, for messages. */
  label: string;
  match: (normalized: string) => boolean;
  optional?: boolean;
}

const exact =
  (...names: string[]) =>
  (n: string) =>
    names.includes(n);
const prefix =
  (...names: string[]) =>
  (n: string) =>
    names.some((p) => n.startsWith(p));
const contains =
  (...names: string[]) =>
  (n: string) =>
    names.some((p) => n.includes(p));

/** A problem with one cell: the reader turns it into file, line and column. */
export class CellIssue extends Error {
  readonly column: string;
  constructor(column: string, message: string) {
    super(message);
    this.column = column;
  }
}

export type Cells = (key: string) => string;

const text = (cells: Cells, key: string): string => cells(key).trim();

/** A number as CMS writes it ("23.94", ".50", "$1,466.63"); blank is undefined when allowed. */
function num(cells: Cells, key: string, options: { optional?: boolean } = {}): number | undefined {
  const raw = text(cells, key).replace(/^\$/, '').replace(/,/g, '');
  if (raw === '' || raw.toUpperCase() === 'NA') {
    if (options.optional) return undefined;
    throw new CellIssue(key, 'is blank; expected a number');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(raw)) throw new CellIssue(key, `"${raw.slice(0, 20)}" is not a number`);
  return Number(raw);
}

/** A one-digit indicator from an allowed set. */
function indicator<T extends number>(cells: Cells, key: string, allowed: readonly T[]): T {
  const raw = text(cells, key);
  const value = Number(raw);
  if (!/^\d$/.test(raw) || !allowed.includes(value as T))
    throw new CellIssue(key, `"${raw.slice(0, 20)}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** A date as CMS writes it: YYYYMMDD (NCCI), or M/D/YYYY; "*" or blank is no date when allowed. */
export function cmsDate(cells: Cells, key: string, options: { optional?: boolean } = {}): string | null {
  const raw = text(cells, key);
  if (raw === '' || raw === '*') {
    if (options.optional) return null;
    throw new CellIssue(key, 'is blank; expected a date (YYYYMMDD)');
  }
  let y: string | undefined;
  let m: string | undefined;
  let d: string | undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (compact) [, y, m, d] = compact;
  else if (us) [, m, d, y] = us;
  const iso = y && m && d ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : '';
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (!iso || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso)
    throw new CellIssue(key, `"${raw.slice(0, 20)}" is not a date (YYYYMMDD)`);
  return iso;
}

const HCPCS = /^[0-9A-Z]{4}[0-9A-Z]$/;
function hcpcs(cells: Cells, key: string): string {
  const raw = text(cells, key).toUpperCase();
  if (!HCPCS.test(raw))
    throw new CellIssue(key, `"${raw.slice(0, 20)}" is not a five-character HCPCS/CPT code`);
  return raw;
}

/** Global days as the PFS writes them: "090" -> 90; ZZZ, XXX, YYY, MMM stay letters. */
function globalDays(cells: Cells, key: string): number | string {
  const raw = text(cells, key).toUpperCase();
  if (/^\d{3}$/.test(raw)) return Number(raw);
  if (['ZZZ', 'XXX', 'YYY', 'MMM'].includes(raw)) return raw;
  throw new CellIssue(
    key,
    `"${raw.slice(0, 20)}" is not a global period (000, 010, 090, ZZZ, XXX, YYY, MMM)`,
  );
}

/** PFS figures of one code (the global service: rows with a modifier are skipped). */
export interface PfsRow {
  code: string;
  status: string;
  work: number;
  peNonFacility?: number;
  peFacility: number;
  malpractice: number;
  totalNonFacility?: number;
  totalFacility: number;
  /** The non-facility NA indicator: no non-facility (office) PE, so no office rate. */
  nonFacilityNa: boolean;
  globalDays: number | string;
  multipleProcedure?: number;
  bilateral: number;
  assistant: number;
  coSurgeon: number;
  teamSurgery?: number;
  conversionFactor: number;
}

export interface OppsRow {
  code: string;
  statusIndicator: string;
  apc?: string;
  rate?: number;
}

export interface AscRow {
  code: string;
  paymentIndicator: string;
  rate?: number;
}

/** An NCCI PTP edit: column 1, column 2, effective, deletion (null: none), modifier indicator, rationale. */
export type PtpEdit = [string, string, string, string | null, 0 | 1 | 9, string];

export interface MueRow {
  code: string;
  value: number;
  /** MUE adjudication indicator: 1 line edit, 2 date of service (policy), 3 date of service (clinical). */
  adjudication: string;
  rationale?: string;
}

export type Setting = 'practitioner' | 'hospital' | 'dme';

export interface Layout<Row> {
  kind: FileKind;
  /** What the file is, for messages. */
  label: string;
  columns: ColumnSpec[];
  /** A row with this cell blank right after the header continues the header (split over lines). */
  keyColumn: string;
  /** The row's figures, or null for a row the knowledge does not use (e.g. a modifier row). */
  parse: (cells: Cells, ctx: { present: (key: string) => boolean }) => Row | null;
}

const col = (key: string, label: string, match: ColumnSpec['match'], optional = false): ColumnSpec => ({
  key,
  label,
  match,
  ...(optional ? { optional } : {}),
});

export const pprrvuLayout: Layout<PfsRow> = {
  kind: 'pprrvu',
  label: 'PFS relative value file (PPRRVU)',
  keyColumn: 'hcpcs',
  columns: [
    col('hcpcs', 'HCPCS', exact('hcpcs', 'hcpcscode')),
    col('mod', 'MOD', exact('mod', 'modifier')),
    col('status', 'STATUS CODE', exact('statuscode', 'status')),
    col('work', 'WORK RVU', exact('workrvu', 'work')),
    col('peNonFac', 'NON-FAC PE RVU', exact('nonfacpervu', 'nonfacilitypervu')),
    col('naNonFac', 'NON-FAC NA INDICATOR', exact('nonfacnaindicator', 'nonfacilitynaindicator'), true),
    col('peFac', 'FACILITY PE RVU', exact('facilitypervu', 'facpervu')),
    col('mp', 'MP RVU', exact('mprvu', 'malpracticervu')),
    col('totalNonFac', 'NON-FACILITY TOTAL', exact('nonfacilitytotal', 'nonfactotal'), true),
    col('totalFac', 'FACILITY TOTAL', exact('facilitytotal', 'factotal')),
    col('glob', 'GLOB DAYS', exact('globdays', 'globaldays')),
    col('mult', 'MULT PROC', exact('multproc'), true),
    col('bilat', 'BILAT SURG', exact('bilatsurg')),
    col('asst', 'ASST SURG', exact('asstsurg')),
    col('co', 'CO-SURG', exact('cosurg')),
    col('team', 'TEAM SURG', exact('teamsurg'), true),
    col('cf', 'CONV FACTOR', exact('convfactor', 'conversionfactor')),
  ],
  parse(cells, { present }) {
    const code = hcpcs(cells, 'hcpcs');
    // 26 (professional), TC (technical) and 53 (discontinued) rows are not the global service.
    if (text(cells, 'mod') !== '') return null;
    const na = present('naNonFac') && text(cells, 'naNonFac').toUpperCase() === 'NA';
    const peNonFacility = num(cells, 'peNonFac', { optional: true });
    const totalNonFacility = present('totalNonFac')
      ? num(cells, 'totalNonFac', { optional: true })
      : undefined;
    const multipleProcedure = present('mult')
      ? indicator(cells, 'mult', [0, 1, 2, 3, 4, 5, 6, 7, 9])
      : undefined;
    const teamSurgery = present('team') ? indicator(cells, 'team', [0, 1, 2, 9]) : undefined;
    return {
      code,
      status: text(cells, 'status').toUpperCase(),
      work: num(cells, 'work') as number,
      ...(peNonFacility === undefined ? {} : { peNonFacility }),
      peFacility: num(cells, 'peFac') as number,
      malpractice: num(cells, 'mp') as number,
      ...(totalNonFacility === undefined ? {} : { totalNonFacility }),
      totalFacility: num(cells, 'totalFac') as number,
      nonFacilityNa: na,
      globalDays: globalDays(cells, 'glob'),
      ...(multipleProcedure === undefined ? {} : { multipleProcedure }),
      bilateral: indicator(cells, 'bilat', [0, 1, 2, 3, 9]),
      assistant: indicator(cells, 'asst', [0, 1, 2, 9]),
      coSurgeon: indicator(cells, 'co', [0, 1, 2, 9]),
      ...(teamSurgery === undefined ? {} : { teamSurgery }),
      conversionFactor: num(cells, 'cf') as number,
    };
  },
};

export const oppsLayout: Layout<OppsRow> = {
  kind: 'opps-b',
  label: 'OPPS Addendum B',
  keyColumn: 'hcpcs',
  columns: [
    col('hcpcs', 'HCPCS Code', exact('hcpcscode', 'hcpcs')),
    col('si', 'SI', exact('si', 'statusindicator')),
    col('apc', 'APC', exact('apc')),
    col('rate', 'Payment Rate', contains('paymentrate')),
  ],
  parse(cells) {
    const apc = text(cells, 'apc');
    const rate = num(cells, 'rate', { optional: true });
    const si = text(cells, 'si').toUpperCase();
    if (!/^[A-Z][0-9]?$/.test(si))
      throw new CellIssue('si', `"${si.slice(0, 20)}" is not a status indicator`);
    return {
      code: hcpcs(cells, 'hcpcs'),
      statusIndicator: si,
      ...(apc === '' ? {} : { apc }),
      ...(rate === undefined ? {} : { rate }),
    };
  },
};

export const ascLayout: Layout<AscRow> = {
  kind: 'asc-aa',
  label: 'ASC Addendum AA',
  keyColumn: 'hcpcs',
  columns: [
    col('hcpcs', 'HCPCS Code', exact('hcpcscode', 'hcpcs')),
    col('pi', 'Payment Indicator', contains('paymentindicator')),
    col('rate', 'Payment Rate', contains('paymentrate')),
  ],
  parse(cells) {
    const pi = text(cells, 'pi').toUpperCase();
    if (!/^[A-Z][0-9]$/.test(pi))
      throw new CellIssue('pi', `"${pi.slice(0, 20)}" is not a payment indicator`);
    const rate = num(cells, 'rate', { optional: true });
    return { code: hcpcs(cells, 'hcpcs'), paymentIndicator: pi, ...(rate === undefined ? {} : { rate }) };
  },
};

export const ptpLayout: Layout<PtpEdit> = {
  kind: 'ncci-ptp',
  label: 'NCCI procedure-to-procedure edits',
  keyColumn: 'col1',
  columns: [
    col('col1', 'Column 1', exact('column1')),
    col('col2', 'Column 2', exact('column2')),
    col('prior', '*=in existence prior to 1996', contains('inexistenceprior'), true),
    col('effective', 'Effective Date', prefix('effectivedate')),
    col('deletion', 'Deletion Date', prefix('deletiondate')),
    col('modifier', 'Modifier', prefix('modifier')),
    col('rationale', 'PTP Edit Rationale', contains('rationale'), true),
  ],
  parse(cells, { present }) {
    return [
      hcpcs(cells, 'col1'),
      hcpcs(cells, 'col2'),
      cmsDate(cells, 'effective') as string,
      cmsDate(cells, 'deletion', { optional: true }),
      indicator(cells, 'modifier', [0, 1, 9] as const),
      present('rationale') ? text(cells, 'rationale') : '',
    ];
  },
};

const MUE_VALUE_COLUMNS: Record<string, Setting> = {
  practitionerservicesmuevalues: 'practitioner',
  outpatienthospitalservicesmuevalues: 'hospital',
  facilityoutpatienthospitalservicesmuevalues: 'hospital',
  dmesupplierservicesmuevalues: 'dme',
};

/** The setting of an MUE table, from the name of its value column. */
export const mueSetting = (normalized: string): Setting | undefined =>
  MUE_VALUE_COLUMNS[normalized] ??
  (normalized.includes('muevalue')
    ? normalized.includes('hospital')
      ? 'hospital'
      : normalized.includes('dme')
        ? 'dme'
        : normalized.includes('practitioner')
          ? 'practitioner'
          : undefined
    : undefined);

export const mueLayout: Layout<MueRow> = {
  kind: 'mue',
  label: 'MUE table',
  keyColumn: 'hcpcs',
  columns: [
    col('hcpcs', 'HCPCS/CPT Code', exact('hcpcscptcode', 'hcpcscode', 'hcpcs')),
    col('value', 'Practitioner Services MUE Values', (n) => mueSetting(n) !== undefined),
    col('mai', 'MUE Adjudication Indicator', contains('adjudicationindicator')),
    col('rationale', 'MUE Rationale', contains('rationale'), true),
  ],
  parse(cells, { present }) {
    const mai = text(cells, 'mai');
    if (!/^[123]\b/.test(mai))
      throw new CellIssue('mai', `"${mai.slice(0, 20)}" is not an adjudication indicator (1, 2 or 3)`);
    const value = num(cells, 'value') as number;
    if (!Number.isInteger(value) || value < 0)
      throw new CellIssue('value', `"${value}" is not a whole number of units`);
    const rationale = present('rationale') ? text(cells, 'rationale') : '';
    return { code: hcpcs(cells, 'hcpcs'), value, adjudication: mai, ...(rationale ? { rationale } : {}) };
  },
};

/** Every layout, in the order headers are tried. */
export const layouts = [pprrvuLayout, ptpLayout, mueLayout, oppsLayout, ascLayout] as const;
