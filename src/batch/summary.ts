import type { Usage } from '../errors.ts';
import type { ResultDigest } from '../pipeline/pool/protocol.ts';
import { findingKey } from '../schemas/findings.ts';

/** What a batch run did, for people (stderr) and machines (`--summary-json`). Covers this run only. */
export interface BatchSummary {
  notes: {
    /** Entries read from the input (notes and unreadable lines). */
    read: number;
    /** Results written by this run. */
    processed: number;
    /** Error lines written by this run. */
    failed: number;
    /** Notes already in the output from an earlier run, with the same input and pipeline. */
    skipped: number;
    /** Repeated lines of the input (same id, same content) processed once. */
    duplicates: number;
  };
  /** Results by supported CPT code (`none` when the documentation supports no code). */
  bySupportedCode: Record<string, number>;
  /** Findings by `id` or `id:element` (the fixture and eval key). */
  byFinding: Record<string, number>;
  /** Results by route (ready, fix-claim, query-physician, coder-review). */
  byRoute: Record<string, number>;
  /** Error lines by error code. */
  errorsByCode: Record<string, number>;
  tokens: { prompt: number; completion: number; total: number };
  /** Sum of the costs the extractor reported, in USD; null when it reports none (rules, unknown price). */
  costUsd: number | null;
  /** Notes answered from the extraction cache instead of the provider. */
  cacheHits: number;
  /** Provider calls retried. */
  retries: number;
  /** Retry-after answers longer than the cap, and the cap they were cut to (ms); absent when none was. */
  retryAfterClamped?: { count: number; longestAskedMs: number; capMs: number };
  elapsedMs: number;
  notesPerSecond: number;
  /** False when the run stopped early (interrupted, or a fatal provider error). */
  completed: boolean;
  /** Error code that stopped the run, if any. */
  stoppedBy?: string;
}

const bump = (record: Record<string, number>, key: string): void => {
  record[key] = (record[key] ?? 0) + 1;
};

/** Accumulates a summary note by note, holding counts only (never results), so memory stays flat. */
export class SummaryBuilder {
  readonly summary: BatchSummary = {
    notes: { read: 0, processed: 0, failed: 0, skipped: 0, duplicates: 0 },
    bySupportedCode: {},
    byFinding: {},
    byRoute: {},
    errorsByCode: {},
    tokens: { prompt: 0, completion: 0, total: 0 },
    costUsd: null,
    cacheHits: 0,
    retries: 0,
    elapsedMs: 0,
    notesPerSecond: 0,
    completed: false,
  };

  addTokens(usage: Usage | undefined, costUsd?: number): void {
    const t = this.summary.tokens;
    if (usage) {
      t.prompt += usage.promptTokens;
      t.completion += usage.completionTokens;
      t.total = t.prompt + t.completion;
    }
    if (costUsd !== undefined) this.summary.costUsd = (this.summary.costUsd ?? 0) + costUsd;
  }

  addResult(result: ResultDigest): void {
    this.summary.notes.processed += 1;
    bump(this.summary.bySupportedCode, result.code.supported ?? 'none');
    for (const f of result.findings) bump(this.summary.byFinding, findingKey(f));
    bump(this.summary.byRoute, result.route.decision);
    this.addTokens(result.meta.usage, result.meta.costUsd);
  }

  /** A retry-after of `askedMs` was waited only `capMs`. */
  addClampedRetryAfter(askedMs: number, capMs: number): void {
    const c = this.summary.retryAfterClamped;
    this.summary.retryAfterClamped = {
      count: (c?.count ?? 0) + 1,
      longestAskedMs: Math.max(c?.longestAskedMs ?? 0, Number.isFinite(askedMs) ? askedMs : Number.MAX_VALUE),
      capMs,
    };
  }

  addError(code: string, usage?: Usage): void {
    this.summary.notes.failed += 1;
    bump(this.summary.errorsByCode, code);
    this.addTokens(usage);
  }

  finish(elapsedMs: number, completed: boolean, stoppedBy?: string): BatchSummary {
    const s = this.summary;
    s.elapsedMs = Math.round(elapsedMs);
    const done = s.notes.processed + s.notes.failed;
    s.notesPerSecond = elapsedMs > 0 ? Math.round((done / elapsedMs) * 1000 * 10) / 10 : 0;
    s.completed = completed;
    if (stoppedBy !== undefined) s.stoppedBy = stoppedBy;
    if (s.costUsd !== null) s.costUsd = Math.round(s.costUsd * 1e6) / 1e6;
    return s;
  }
}

/** `key count` pairs, most frequent first; past `limit` the rest is counted (all of them are in the JSON). */
function sortedCounts(record: Record<string, number>, limit = 12): string {
  const entries = Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (entries.length === 0) return '-';
  const shown = entries.slice(0, limit).map(([k, n]) => `${k} ${n}`);
  if (entries.length > limit) shown.push(`and ${entries.length - limit} more (see --summary-json)`);
  return shown.join(', ');
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The summary as a few human lines (for stderr). */
export function summaryText(s: BatchSummary): string {
  const n = s.notes;
  const lines = [
    `batch ${s.completed ? 'complete' : `stopped${s.stoppedBy ? ` (${s.stoppedBy})` : ''}`}: ${n.processed} processed, ${n.failed} failed, ${n.skipped} already done${n.duplicates ? `, ${n.duplicates} duplicate lines` : ''}`,
    `  supported codes: ${sortedCounts(s.bySupportedCode)}`,
    `  routes: ${sortedCounts(s.byRoute)}`,
    `  findings: ${sortedCounts(s.byFinding)}`,
    `  errors: ${sortedCounts(s.errorsByCode)}`,
    `  tokens: ${s.tokens.total} (prompt ${s.tokens.prompt}, completion ${s.tokens.completion}); estimated cost: ${s.costUsd === null ? 'n/a' : `$${s.costUsd.toFixed(4)}`}; cache hits ${s.cacheHits}; retries ${s.retries}`,
    `  elapsed ${seconds(s.elapsedMs)}, ${s.notesPerSecond} notes/s`,
  ];
  const c = s.retryAfterClamped;
  if (c)
    lines.push(
      `  retry-after capped: the provider asked to wait up to ${seconds(c.longestAskedMs)} ${c.count === 1 ? 'once' : `${c.count} times`}; waited ${seconds(c.capMs)} instead`,
    );
  return `${lines.join('\n')}\n`;
}
