/**
 * Small CMS files in their published layouts, for tests and the import bench (the real files cannot be
 * downloaded here). Descriptor cells carry placeholder text, never AMA CPT descriptors.
 */

const NOTICE =
  'CPT codes and descriptions only are copyright 2025 American Medical Association. All Rights Reserved. Applicable FARS/DFARS Apply.';
const DESC = 'DESCRIPTOR PLACEHOLDER';

export interface PfsLine {
  code: string;
  mod?: string;
  status?: string;
  work: number;
  peNonFac: number | 'NA';
  peFac: number;
  mp: number;
  glob?: string;
  bilat?: number;
  asst?: number;
  co?: number;
  team?: number;
  mult?: number;
  cf?: number;
}

const CF_2026 = 33.4009;
const fix = (n: number) => n.toFixed(2);

/**
 * PPRRVU as a CSV (the RVU zip's PPRRVU<yy>_<MON>.csv): notice lines, then the header, either on one row
 * or split over two rows as the spreadsheet prints it ("NON-FAC" above "PE RVU").
 */
export function pprrvuCsv(rows: readonly PfsLine[], options: { splitHeader?: boolean } = {}): string {
  const header1 = [
    '',
    '',
    '',
    'STATUS',
    'NOT USED FOR MEDICARE',
    'WORK',
    'NON-FAC',
    'NON-FAC',
    'FACILITY',
    'FACILITY',
    'MP',
    'NON-FACILITY',
    'FACILITY',
    'PCTC',
    'GLOB',
    'PRE',
    'INTRA',
    'POST',
    'MULT',
    'BILAT',
    'ASST',
    'CO-',
    'TEAM',
    'ENDO',
    'CONV',
  ];
  const header2 = [
    'HCPCS',
    'MOD',
    'DESCRIPTION',
    'CODE',
    'PAYMENT',
    'RVU',
    'PE RVU',
    'NA INDICATOR',
    'PE RVU',
    'NA INDICATOR',
    'RVU',
    'TOTAL',
    'TOTAL',
    'IND',
    'DAYS',
    'OP',
    'OP',
    'OP',
    'PROC',
    'SURG',
    'SURG',
    'SURG',
    'SURG',
    'BASE',
    'FACTOR',
  ];
  const single = header1.map((h, i) => [h, header2[i]].filter(Boolean).join(' '));
  const body = rows.map((r) => {
    const nonFacTotal = r.peNonFac === 'NA' ? r.work + r.peFac + r.mp : r.work + r.peNonFac + r.mp;
    return [
      r.code,
      r.mod ?? '',
      `"${DESC}, ${r.code}"`,
      r.status ?? 'A',
      '',
      fix(r.work),
      r.peNonFac === 'NA' ? fix(r.peFac) : fix(r.peNonFac),
      r.peNonFac === 'NA' ? 'NA' : '',
      fix(r.peFac),
      '',
      fix(r.mp),
      fix(nonFacTotal),
      fix(r.work + r.peFac + r.mp),
      '0',
      r.glob ?? '090',
      '0.09',
      '0.84',
      '0.07',
      String(r.mult ?? 2),
      String(r.bilat ?? 0),
      String(r.asst ?? 2),
      String(r.co ?? 1),
      String(r.team ?? 0),
      '',
      String(r.cf ?? CF_2026),
    ].join(',');
  });
  const head = options.splitHeader ? [header1.join(','), header2.join(',')] : [single.join(',')];
  return [
    `"${NOTICE}"`,
    '"Dental codes (D codes) are copyright American Dental Association."',
    '',
    ...head,
    ...body,
    '',
  ].join('\r\n');
}

export interface OppsLine {
  code: string;
  si: string;
  apc?: string;
  rate?: number;
}

/** OPPS Addendum B as a CSV: title and notice lines, a header with a quoted multi-line cell. */
export function addendumBCsv(rows: readonly OppsLine[]): string {
  const header =
    'HCPCS Code,Short Descriptor,SI,APC,Relative Weight,Payment Rate,National Unadjusted Copayment,"Minimum\nUnadjusted\nCopayment",Note';
  const body = rows.map((r) =>
    [
      r.code,
      `"${DESC} ${r.code}"`,
      r.si,
      r.apc ?? '',
      r.rate === undefined ? '' : '12.3456',
      r.rate === undefined ? '' : `"$${r.rate.toLocaleString('en-US', { minimumFractionDigits: 2 })}"`,
      r.rate === undefined ? '' : '$1.00',
      r.rate === undefined ? '' : '$1.00',
      '',
    ].join(','),
  );
  return [
    '"Addendum B.-Final OPPS Payment by HCPCS Code for CY 2026"',
    `"${NOTICE}"`,
    '"January 2026"',
    header,
    ...body,
    '',
  ].join('\n');
}

export interface AscLine {
  code: string;
  pi: string;
  rate?: number;
}

/** ASC Addendum AA as a CSV: notice lines, quarter-named columns. */
export function addendumAaCsv(rows: readonly AscLine[]): string {
  const header =
    'HCPCS Code,Short Descriptor,Subject to Multiple Procedure Discounting,January 2026 Payment Indicator,January 2026 Payment Weight,January 2026 Payment Rate';
  const body = rows.map((r) =>
    [r.code, `"${DESC}"`, 'Y', r.pi, '10.0000', r.rate === undefined ? '' : `"$${r.rate.toFixed(2)}"`].join(
      ',',
    ),
  );
  return [
    '"Addendum AA.-Final ASC Covered Surgical Procedures for CY 2026"',
    `"${NOTICE}"`,
    header,
    ...body,
    '',
  ].join('\n');
}

export type PtpLine = [string, string, string, string, 0 | 1 | 9, string?];

/**
 * NCCI PTP as CMS publishes the text file (ccipra-v321r0-f1.txt): tab-delimited, a notice, then the
 * header split over four physical lines, dates as YYYYMMDD and "*" for no deletion date.
 */
export function ptpTxt(rows: readonly PtpLine[]): string {
  const header = [
    ['Column 1', 'Column 2', '*=in existence', 'Effective', 'Deletion', 'Modifier', 'PTP Edit Rationale'],
    ['', '', 'prior to 1996', 'Date', 'Date', '0=not allowed', ''],
    ['', '', '', '', '*=no data', '1=allowed', ''],
    ['', '', '', '', '', '9=not applicable', ''],
  ];
  const body = rows.map(([c1, c2, eff, del, mod, why]) =>
    [
      c1,
      c2,
      eff < '19960101' ? '*' : '',
      eff,
      del,
      String(mod),
      why ?? 'Misuse of column two code with column one code',
    ].join('\t'),
  );
  return [NOTICE, ...header.map((h) => h.join('\t')), ...body, ''].join('\r\n');
}

export type MueLine = [string, number, string, string?];

/** An MUE table as a CSV (MCR_MUE_PractitionerServices_Eff_01-01-2026.csv): a notice, then the header. */
export function mueCsv(
  rows: readonly MueLine[],
  setting: 'Practitioner' | 'Outpatient Hospital' = 'Practitioner',
): string {
  const body = rows.map(([code, value, mai, why]) =>
    [code, String(value), `"${mai}"`, why ?? 'Anatomic Consideration'].join(','),
  );
  return [
    `"${NOTICE}"`,
    `HCPCS/CPT Code,${setting} Services MUE Values,MUE Adjudication Indicator,MUE Rationale`,
    ...body,
    '',
  ].join('\r\n');
}

/** Figures of the three seed codes as recorded in the knowledge (2026), for the PPRRVU fixtures. */
export const SEED_PFS: readonly PfsLine[] = [
  { code: '27290', work: 23.94, peNonFac: 'NA', peFac: 14.88, mp: 5.09 },
  { code: '27290', mod: '26', work: 23.94, peNonFac: 'NA', peFac: 14.88, mp: 5.09 },
  { code: '27596', work: 21.3, peNonFac: 'NA', peFac: 11.02, mp: 4.37, asst: 2, co: 0 },
  { code: '27365', work: 30.6, peNonFac: 'NA', peFac: 15.4, mp: 6.0, co: 1 },
  {
    code: '99213',
    work: 1.3,
    peNonFac: 1.2,
    peFac: 0.5,
    mp: 0.1,
    glob: 'XXX',
    bilat: 9,
    asst: 9,
    co: 9,
    team: 9,
  },
];
