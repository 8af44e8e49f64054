import { createReadStream, existsSync } from 'node:fs';
import { InputError, UsageError } from '../errors.ts';
import { splitLines } from '../pipeline/lines.ts';
import { findingKey } from '../schemas/findings.ts';
import { errorsPathFor } from './output.ts';

/** What a run concluded for one note, reduced to what a re-run diff compares. */
export type NoteOutcome =
  | { status: 'ok'; supported: string | null; findings: string[] }
  | { status: 'error'; code: string };

/** How one note differs between two runs. */
export interface NoteDiff {
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** `ok` or `error:<code>` in each run, when that changed or the note is in one run only. */
  status?: { old: string | null; new: string | null };
  /** Supported code in each run, when it changed. */
  supported?: { old: string | null; new: string | null };
  /** Findings (`id` or `id:element`) present in the new run only / in the old run only. */
  findingsGained: string[];
  findingsLost: string[];
}

const statusOf = (o: NoteOutcome | undefined): string | null =>
  o === undefined ? null : o.status === 'ok' ? 'ok' : `error:${o.code}`;

/** Compares one note's outcomes; `null` when nothing changed. */
export function diffNote(
  id: string,
  before: NoteOutcome | undefined,
  after: NoteOutcome | undefined,
): NoteDiff | null {
  const oldFindings = before?.status === 'ok' ? before.findings : [];
  const newFindings = after?.status === 'ok' ? after.findings : [];
  const findingsGained = newFindings.filter((f) => !oldFindings.includes(f));
  const findingsLost = oldFindings.filter((f) => !newFindings.includes(f));
  const oldSupported = before?.status === 'ok' ? before.supported : null;
  const newSupported = after?.status === 'ok' ? after.supported : null;
  const statusChanged = statusOf(before) !== statusOf(after);
  const supportedChanged = before?.status === 'ok' && after?.status === 'ok' && oldSupported !== newSupported;
  if (!statusChanged && !supportedChanged && findingsGained.length === 0 && findingsLost.length === 0)
    return null;
  return {
    id,
    change: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed',
    ...(statusChanged ? { status: { old: statusOf(before), new: statusOf(after) } } : {}),
    ...(supportedChanged ? { supported: { old: oldSupported, new: newSupported } } : {}),
    findingsGained,
    findingsLost,
  };
}

/** Reduces a results line (the JSON of `process` plus id) or an error line to an outcome. */
export function outcomeOfLine(line: string): { id: string; outcome: NoteOutcome } | null {
  let v: {
    id?: unknown;
    code?: unknown;
    findings?: unknown;
  };
  try {
    v = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || typeof v.id !== 'string') return null;
  if (typeof v.code === 'string') return { id: v.id, outcome: { status: 'error', code: v.code } };
  const code = v.code as { supported?: unknown } | undefined;
  if (typeof code !== 'object' || code === null || !Array.isArray(v.findings)) return null;
  const findings = [
    ...new Set((v.findings as Array<{ id: string; element?: string }>).map((f) => findingKey(f))),
  ].sort();
  const supported = typeof code.supported === 'string' ? code.supported : null;
  return { id: v.id, outcome: { status: 'ok', supported, findings } };
}

/** Whether a line is a note of a batch input (`{"id", "transcript"}`) rather than a result or error line. */
function looksLikeNote(line: string): boolean {
  try {
    const v = JSON.parse(line) as Record<string, unknown>;
    return (
      typeof v === 'object' && v !== null && typeof v.transcript === 'string' && v.batchKey === undefined
    );
  } catch {
    return false;
  }
}

/**
 * Reads a run's outcomes: its results file and, when present, its error file. A file that is not a
 * batch output (a notes input given by mistake, or anything else without a single result or error line)
 * is a usage error, not an empty run.
 */
export async function readOutcomes(resultsPath: string): Promise<Map<string, NoteOutcome>> {
  if (!existsSync(resultsPath))
    throw new InputError('input.not-found', `results file not found: ${resultsPath}`);
  const outcomes = new Map<string, NoteOutcome>();
  let other = 0;
  for (const path of [resultsPath, errorsPathFor(resultsPath)]) {
    if (!existsSync(path)) continue;
    for await (const bytes of splitLines(createReadStream(path))) {
      const line = bytes.toString('utf8');
      const parsed = outcomeOfLine(line);
      if (parsed) {
        outcomes.set(parsed.id, parsed.outcome);
        continue;
      }
      if (line.trim() === '') continue;
      if (path === resultsPath && looksLikeNote(line))
        throw new UsageError(
          `${resultsPath} is a notes input (its lines have a "transcript"), not a batch results file; --diff compares two files written by opnote batch --out`,
        );
      other += 1;
    }
  }
  if (outcomes.size === 0 && other > 0)
    throw new UsageError(
      `${resultsPath} has no batch result or error lines; --diff compares two files written by opnote batch --out`,
    );
  return outcomes;
}

export interface DiffTotals {
  /** Notes in both runs. */
  compared: number;
  changed: number;
  supportedChanged: number;
  onlyOld: number;
  onlyNew: number;
}

/** Diffs two runs note by note (new run order, then notes only in the old run). */
export function diffOutcomes(
  before: Map<string, NoteOutcome>,
  after: Map<string, NoteOutcome>,
): { diffs: NoteDiff[]; totals: DiffTotals } {
  const diffs: NoteDiff[] = [];
  const totals: DiffTotals = { compared: 0, changed: 0, supportedChanged: 0, onlyOld: 0, onlyNew: 0 };
  const visit = (id: string): void => {
    const d = diffNote(id, before.get(id), after.get(id));
    if (before.has(id) && after.has(id)) totals.compared += 1;
    if (!d) return;
    diffs.push(d);
    if (d.change === 'added') totals.onlyNew += 1;
    else if (d.change === 'removed') totals.onlyOld += 1;
    else totals.changed += 1;
    if (d.supported) totals.supportedChanged += 1;
  };
  for (const id of after.keys()) visit(id);
  for (const id of before.keys()) if (!after.has(id)) visit(id);
  return { diffs, totals };
}

/** One readable line per changed note: `n-17: supported 27290 -> 27295; +level.mismatch; -doc.missing:laterality`. */
export function diffText(d: NoteDiff): string {
  const parts: string[] = [];
  if (d.change === 'added')
    parts.push(`only in new run${d.status?.new === 'ok' ? '' : ` (${d.status?.new})`}`);
  if (d.change === 'removed')
    parts.push(`only in old run${d.status?.old === 'ok' ? '' : ` (${d.status?.old})`}`);
  if (d.status && d.change === 'changed') parts.push(`status ${d.status.old} -> ${d.status.new}`);
  if (d.supported) parts.push(`supported ${d.supported.old ?? 'none'} -> ${d.supported.new ?? 'none'}`);
  parts.push(...d.findingsGained.map((f) => `+${f}`), ...d.findingsLost.map((f) => `-${f}`));
  return `${d.id}: ${parts.join('; ')}`;
}

/** The totals as one line. */
export const diffTotalsText = (t: DiffTotals): string =>
  `${t.compared} notes in both runs: ${t.changed} changed (${t.supportedChanged} supported code changes); ${t.onlyOld} only in old, ${t.onlyNew} only in new`;
