/**
 * Import time and size of a large NCCI PTP file: writes a tab-delimited PTP text file of --rows rows (in
 * the published layout: notice, header over four lines, YYYYMMDD dates) and imports it, printing the
 * import time, peak RSS, the file's size and the overlay's size.
 *
 *   node_modules/.bin/node bench/knowledge-import.ts [--rows 500000]
 */
import { appendFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { codeNumbers } from '../src/codes/index.ts';
import { importKnowledge, writeOverlay } from '../src/knowledge/import.ts';
import { ptpTxt } from '../tests/support/cms-files.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '500000' } } });
const rows = Number(values.rows);
const dir = mkdtempSync(join(tmpdir(), 'opnote-bench-knowledge-'));
try {
  // Pairs over a spread of codes, about 1 in 200 touching a code of the knowledge; written in chunks so
  // the bench's own memory stays small and peak RSS reflects the import.
  const known = codeNumbers;
  const file = join(dir, 'ccipra-v321r0-f1.txt');
  writeFileSync(file, ptpTxt([]));
  for (let start = 0; start < rows; start += 10_000) {
    const chunk: string[] = [];
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      const c1 = i % 200 === 0 ? (known[i % known.length] as string) : String(10000 + (i % 89999));
      const c2 = String(10000 + ((i * 7919) % 89999));
      const eff = i % 3 === 0 ? '19960101' : '20150401';
      chunk.push(
        [
          c1,
          c2,
          eff === '19960101' ? '*' : '',
          eff,
          i % 11 === 0 ? '20231231' : '*',
          [0, 1, 9][i % 3],
          'Misuse of column two code with column one code',
        ].join('\t'),
      );
    }
    appendFileSync(file, `${chunk.join('\r\n')}\r\n`);
  }
  const rssBefore = process.memoryUsage().rss;
  const size = statSync(file).size;
  const started = performance.now();
  const overlay = await importKnowledge([file], { codes: known });
  const { bytes } = writeOverlay(join(dir, 'k'), overlay);
  const seconds = (performance.now() - started) / 1000;
  const f = overlay.files[0];
  process.stdout.write(
    `${rows} PTP rows, ${(size / 1e6).toFixed(1)} MB: imported in ${seconds.toFixed(2)} s (${Math.round(rows / seconds)} rows/s), ` +
      `kept ${f?.kept} rows, overlay ${(bytes / 1e3).toFixed(1)} kB, RSS before ${(rssBefore / 1e6).toFixed(0)} MB, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
