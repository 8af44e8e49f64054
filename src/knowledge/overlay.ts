import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from '../errors.ts';
import type { AscRow, FileKind, MueRow, OppsRow, PfsRow, PtpEdit, Setting } from './layouts.ts';

/** The overlay file's format tag; bump when the layout of `knowledge.json` changes. */
export const OVERLAY_FORMAT = 'opnote-knowledge/1';
/** The overlay's file name inside the `--knowledge` directory. */
export const OVERLAY_FILE = 'knowledge.json';

/** One imported CMS file: what it was, and what was kept from it. */
export interface ImportedFile {
  /** File name as given (no directory). */
  name: string;
  kind: FileKind;
  /** Release label: the file name without extension (e.g. "PPRRVU26_JAN", "ccipra-v321r0-f1"). */
  release: string;
  /** First date of service the release applies to (ISO), when the name or preamble says; else null. */
  effective: string | null;
  /** NCCI PTP and MUE: practitioner, outpatient hospital or DME. */
  setting?: Setting;
  sha256: string;
  /** Data rows read and rows kept. */
  rows: number;
  kept: number;
}

/** The figures kept from one file (only the table of its kind is present). */
export interface ImportedTable {
  pfs?: Record<string, PfsRow>;
  opps?: Record<string, OppsRow>;
  asc?: Record<string, AscRow>;
  ptp?: PtpEdit[];
  mue?: Record<string, MueRow>;
}

/** A versioned knowledge overlay: `opnote knowledge import` writes it, `--knowledge <dir>` applies it. */
export interface KnowledgeOverlay {
  format: typeof OVERLAY_FORMAT;
  /** When the import ran (ISO timestamp). */
  importedAt: string;
  /** Codes whose figures were kept (the registry at import time). */
  codes: string[];
  files: ImportedFile[];
  /** `tables[i]` holds what was kept from `files[i]`. */
  tables: ImportedTable[];
}

const overlaySchema = z.object({
  format: z.literal(OVERLAY_FORMAT),
  importedAt: z.string(),
  codes: z.array(z.string()),
  files: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['pprrvu', 'opps-b', 'asc-aa', 'ncci-ptp', 'mue']),
      release: z.string(),
      effective: z.string().nullable(),
      setting: z.enum(['practitioner', 'hospital', 'dme']).optional(),
      sha256: z.string(),
      rows: z.number(),
      kept: z.number(),
    }),
  ),
  tables: z.array(
    z.object({
      pfs: z.record(z.string(), z.object({ code: z.string() }).loose()).optional(),
      opps: z.record(z.string(), z.object({ code: z.string() }).loose()).optional(),
      asc: z.record(z.string(), z.object({ code: z.string() }).loose()).optional(),
      ptp: z.array(z.array(z.unknown())).optional(),
      mue: z.record(z.string(), z.object({ code: z.string(), value: z.number() }).loose()).optional(),
    }),
  ),
});

/** Reads and checks `<dir>/knowledge.json`; a missing or malformed overlay is `knowledge.invalid` (exit 2). */
export function readOverlay(dir: string): KnowledgeOverlay {
  const path = join(dir, OVERLAY_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new KnowledgeError(
      missing
        ? `knowledge directory ${dir} has no ${OVERLAY_FILE}; create it with 'opnote knowledge import <files...> --out ${dir}'`
        : `knowledge overlay ${path} is not valid JSON`,
      { cause },
    );
  }
  const parsed = overlaySchema.safeParse(json);
  if (!parsed.success || parsed.data.files.length !== parsed.data.tables.length) {
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    throw new KnowledgeError(
      `knowledge overlay ${path} is not an ${OVERLAY_FORMAT} overlay${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}; re-run 'opnote knowledge import'`,
    );
  }
  return json as KnowledgeOverlay;
}
