import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export type Delimiter = ',' | '\t';

/** Splits one logical CSV/TSV record into cells (RFC 4180 quoting: `""` inside quotes is a quote). */
export function splitRecord(text: string, delimiter: Delimiter): string[] {
  if (!text.includes('"')) return text.split(delimiter);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/**
 * Whether a physical line leaves a quoted field open. As in `splitRecord`, a quote opens a field only at
 * its start (line start, or after a comma or tab, spaces allowed), so an inch mark inside an unquoted
 * cell (`5" LESION`) does not swallow the following lines.
 */
function opensQuote(text: string, open: boolean): boolean {
  let quoted = open;
  let fieldStart = !open;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (ch === ',' || ch === '\t') fieldStart = true;
    else if (ch === '"' && fieldStart) quoted = true;
    else if (ch !== ' ') fieldStart = false;
  }
  return quoted;
}

/**
 * Streams the logical records of a CSV or tab-delimited file as text: a quoted field may span physical
 * lines. Splitting is left to the caller (`splitRecord`), which knows the delimiter once the header is
 * found. Memory stays bounded by the longest record, whatever the file size.
 */
export async function* readRecords(path: string): AsyncGenerator<{ line: number; text: string }> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let pending = '';
  let pendingLine = 0;
  let open = false;
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const text = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (open) {
      pending += `\n${text}`;
    } else {
      pending = text;
      pendingLine = lineNo;
    }
    open = opensQuote(text, open);
    if (!open) yield { line: pendingLine, text: pending };
  }
  if (open) yield { line: pendingLine, text: pending };
}

/** The delimiter a line most likely uses: a tab when it has one, else a comma. */
export const guessDelimiter = (text: string): Delimiter => (text.includes('\t') ? '\t' : ',');
