import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, extname, join } from 'node:path';
import { KnowledgeError } from '../errors.ts';
import {
  CellIssue,
  type Layout,
  layouts,
  mueSetting,
  normalizeHeader,
  type PtpEdit,
  type Setting,
} from './layouts.ts';
import {
  type ImportedFile,
  type ImportedTable,
  type KnowledgeOverlay,
  OVERLAY_FILE,
  OVERLAY_FORMAT,
} from './overlay.ts';
import { type Delimiter, guessDelimiter, readRecords, splitRecord } from './records.ts';

/** Records searched for a header (past preamble notice lines) before a file is called unknown. */
export const MAX_PREAMBLE_RECORDS = 200;
/** Physical rows a header may be split over. */
const MAX_HEADER_ROWS = 4;

interface HeaderMatch {
  layout: Layout<unknown>;
  /** Column index per column key (absent optional columns are missing). */
  index: Map<string, number>;
  delimiter: Delimiter;
  setting?: Setting;
}

/** Joins header rows column by column ("NON-FAC" over "PE RVU" -> "NON-FAC PE RVU"). */
function combineRows(rows: string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, i) =>
    rows
      .map((r) => (r[i] ?? '').trim())
      .filter((c) => c !== '')
      .join(' '),
  );
}

interface Partial {
  layout: Layout<unknown>;
  missing: string;
  line: number;
  found: number;
}

function matchHeader(names: string[]): { index: Map<string, number>; missing: string[] }[] {
  const normalized = names.map(normalizeHeader);
  return layouts.map((layout) => {
    const index = new Map<string, number>();
    const missing: string[] = [];
    for (const spec of layout.columns) {
      const at = normalized.findIndex(
        (n, i) => n !== '' && spec.match(n) && ![...index.values()].includes(i),
      );
      if (at >= 0) index.set(spec.key, at);
      else if (!spec.optional) missing.push(spec.label);
    }
    return { index, missing };
  });
}

/** File name and preamble words that give a release's first date of service. */
const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/**
 * The first date of service a release applies to, from its file name or preamble: "PPRRVU26_JAN"
 * (2026-01-01), NCCI "v321r0" (version 32.1: 2026, second quarter), "Eff_01-01-2026", "January 2026".
 */
export function effectiveDate(name: string, preamble: readonly string[]): string | null {
  const rvu = /(?:rvu|pprrvu)(\d{2})_?([a-z]{3})/i.exec(name);
  if (rvu?.[2] && MONTHS[rvu[2].toLowerCase()]) return `20${rvu[1]}-${MONTHS[rvu[2].toLowerCase()]}-01`;
  const ncci = /v(\d{2})(\d)r\d/i.exec(name);
  if (ncci && Number(ncci[2]) <= 3)
    return `${1994 + Number(ncci[1])}-${String(1 + 3 * Number(ncci[2])).padStart(2, '0')}-01`;
  for (const text of [name, ...preamble]) {
    const mdy = /(\d{2})[-_/](\d{2})[-_/](20\d{2})/.exec(text);
    if (mdy) return `${mdy[3]}-${mdy[1]}-${mdy[2]}`;
    const month =
      /(?:^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s_-]*(?:\d{1,2},?\s*)?(20\d{2})\b/i.exec(
        text,
      );
    if (month?.[1] && month[2]) return `${month[2]}-${MONTHS[month[1].toLowerCase()]}-01`;
    const yearMonth = /(20\d{2})[\s_-]*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.exec(text);
    if (yearMonth?.[1] && yearMonth[2]) return `${yearMonth[1]}-${MONTHS[yearMonth[2].toLowerCase()]}-01`;
  }
  return null;
}

/** The setting of an NCCI PTP file, from its name or preamble (CMS: ccipra practitioner, ccioph hospital). */
function ptpSetting(name: string, preamble: readonly string[]): Setting {
  const text = `${name} ${preamble.join(' ')}`.toLowerCase();
  if (/ccioph|outpatient hospital|hospital|[-_]oph/.test(text)) return 'hospital';
  return 'practitioner';
}

const sha256Of = (path: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });

export interface ImportOptions {
  /** Codes whose figures and PTP pairs are kept (MUE rows are all kept). */
  codes: readonly string[];
}

/**
 * Imports one CMS file, streaming: finds the header (after any preamble, possibly split over several
 * physical lines), recognises the layout, parses every data row and keeps what the knowledge needs.
 * Throws `KnowledgeError` naming file, line and column for an unknown file, a missing column or a bad row.
 */
export async function importFile(
  path: string,
  options: ImportOptions,
): Promise<{ file: ImportedFile; table: ImportedTable }> {
  const name = basename(path);
  const keep = new Set(options.codes);
  const window: Array<{ line: number; cells: string[]; delimiter: Delimiter }> = [];
  const preamble: string[] = [];
  let header: HeaderMatch | undefined;
  let best: Partial | undefined;
  let seenData = false;
  let rows = 0;
  let kept = 0;
  let records = 0;
  const table: ImportedTable = {};
  const hashing = sha256Of(path);
  let sink: ((row: unknown) => void) | undefined;
  let stream: AsyncGenerator<{ line: number; text: string }>;
  try {
    statSync(path);
    stream = readRecords(path);
  } catch (cause) {
    throw new KnowledgeError(`${name}: file not found or unreadable`, { file: name, cause });
  }
  try {
    for await (const record of stream) {
      records++;
      if (!header) {
        const delimiter = guessDelimiter(record.text);
        window.push({ line: record.line, cells: splitRecord(record.text, delimiter), delimiter });
        if (window.length > MAX_HEADER_ROWS) window.shift();
        for (let k = 1; k <= window.length && !header; k++) {
          const rowsOf = window.slice(-k);
          const names = combineRows(rowsOf.map((r) => r.cells));
          const matches = matchHeader(names);
          matches.forEach(({ index, missing }, i) => {
            const layout = layouts[i] as Layout<unknown>;
            if (header) return;
            if (missing.length === 0) {
              const valueAt = index.get('value');
              const setting =
                layout.kind === 'mue' && valueAt !== undefined
                  ? mueSetting(normalizeHeader(names[valueAt] ?? ''))
                  : layout.kind === 'ncci-ptp'
                    ? ptpSetting(name, preamble)
                    : undefined;
              header = {
                layout,
                index,
                delimiter: (rowsOf.at(-1) as { delimiter: Delimiter }).delimiter,
                ...(setting ? { setting } : {}),
              };
            } else if (
              index.has(layout.keyColumn) &&
              index.size >= layout.columns.length / 2 &&
              (!best || index.size > best.found)
            ) {
              best = { layout, missing: missing[0] as string, line: record.line, found: index.size };
            }
          });
        }
        if (header) {
          sink = collector(header, table, keep, () => kept++);
          continue;
        }
        preamble.push(record.text.slice(0, 200));
        if (records >= MAX_PREAMBLE_RECORDS) break;
        continue;
      }
      const cells = splitRecord(record.text, header.delimiter);
      if (cells.every((c) => c.trim() === '')) continue;
      const at = (key: string): string => {
        const i = header?.index.get(key);
        return i === undefined ? '' : (cells[i] ?? '');
      };
      // Rows right after the header with the key column blank continue a header split over lines.
      if (!seenData && at(header.layout.keyColumn).trim() === '') continue;
      seenData = true;
      rows++;
      let row: unknown;
      try {
        row = header.layout.parse(at, { present: (key) => header?.index.has(key) ?? false });
      } catch (error) {
        if (!(error instanceof CellIssue)) throw error;
        const spec = header.layout.columns.find((c) => c.key === error.column);
        const column = (header.index.get(error.column) ?? 0) + 1;
        throw new KnowledgeError(
          `${name} line ${record.line}, column ${column} (${spec?.label ?? error.column}): ${error.message}`,
          { file: name, line: record.line, column },
        );
      }
      if (row !== null) sink?.(row);
    }
  } catch (error) {
    if (error instanceof KnowledgeError) throw error;
    throw new KnowledgeError(`${name}: could not be read (${(error as Error).message?.split('\n')[0]})`, {
      file: name,
      cause: error,
    });
  }
  if (!header) {
    await hashing.catch(() => undefined);
    if (best)
      throw new KnowledgeError(
        `${name} line ${best.line}: the header of a ${best.layout.label} lacks the column "${best.missing}"`,
        { file: name, line: best.line },
      );
    throw new KnowledgeError(
      `${name} line 1: not a recognised CMS file (no PPRRVU, OPPS Addendum B, ASC Addendum AA, NCCI PTP or MUE header in the first ${Math.min(records, MAX_PREAMBLE_RECORDS)} records)`,
      { file: name, line: 1 },
    );
  }
  const match = header as HeaderMatch;
  return {
    file: {
      name,
      kind: match.layout.kind,
      release: basename(name, extname(name)),
      effective: effectiveDate(name, preamble),
      ...(match.setting ? { setting: match.setting } : {}),
      sha256: await hashing,
      rows,
      kept,
    },
    table,
  };
}

/** Where each parsed row goes, keeping only what the knowledge needs. */
function collector(
  header: HeaderMatch,
  table: ImportedTable,
  keep: ReadonlySet<string>,
  count: () => void,
): (row: unknown) => void {
  switch (header.layout.kind) {
    case 'pprrvu':
    case 'opps-b':
    case 'asc-aa': {
      const key = header.layout.kind === 'pprrvu' ? 'pfs' : header.layout.kind === 'opps-b' ? 'opps' : 'asc';
      const out: Record<string, { code: string }> = {};
      table[key] = out as never;
      return (row) => {
        const r = row as { code: string };
        if (!keep.has(r.code)) return;
        out[r.code] = r;
        count();
      };
    }
    case 'ncci-ptp': {
      const out: PtpEdit[] = [];
      table.ptp = out;
      return (row) => {
        const e = row as PtpEdit;
        if (!keep.has(e[0]) && !keep.has(e[1])) return;
        out.push(e);
        count();
      };
    }
    case 'mue': {
      const out: NonNullable<ImportedTable['mue']> = {};
      table.mue = out;
      return (row) => {
        const r = row as { code: string };
        out[r.code] = r as never;
        count();
      };
    }
  }
}

/** Files to import: each path, or the .csv/.txt/.tsv files of a directory (not recursive). */
export function expandInputs(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new KnowledgeError(`${p}: file not found`, { file: basename(p) });
    }
    if (!isDir) return [p];
    return readdirSync(p)
      .filter((f) => /\.(csv|txt|tsv)$/i.test(f))
      .sort()
      .map((f) => join(p, f));
  });
}

/** Imports CMS files into one overlay (all or nothing: the first bad file stops the import). */
export async function importKnowledge(
  paths: readonly string[],
  options: ImportOptions & { now?: () => Date },
): Promise<KnowledgeOverlay> {
  const files: ImportedFile[] = [];
  const tables: ImportedTable[] = [];
  const inputs = expandInputs(paths);
  if (inputs.length === 0) throw new KnowledgeError('no CMS files to import (.csv, .txt or .tsv)');
  for (const path of inputs) {
    const { file, table } = await importFile(path, options);
    files.push(file);
    tables.push(table);
  }
  return {
    format: OVERLAY_FORMAT,
    importedAt: (options.now?.() ?? new Date()).toISOString(),
    codes: [...options.codes],
    files,
    tables,
  };
}

/**
 * Writes `<dir>/knowledge.json` atomically: a temporary file in the same directory, then a rename, so
 * a reader never sees half an overlay. Returns the path and its size in bytes.
 */
export function writeOverlay(dir: string, overlay: KnowledgeOverlay): { path: string; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, OVERLAY_FILE);
  const tmp = join(dir, `.${OVERLAY_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const body = `${JSON.stringify(overlay)}\n`;
  try {
    writeFileSync(tmp, body, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (cause) {
    rmSync(tmp, { force: true });
    throw new KnowledgeError(`could not write the knowledge overlay to ${dir}`, { cause });
  }
  return { path, bytes: Buffer.byteLength(body) };
}
