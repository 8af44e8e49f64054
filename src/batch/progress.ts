/** A snapshot of a running batch, as the runner reports it after each note. */
export interface BatchProgress {
  /** Notes in the input, when known (a stream's total is not). */
  total: number | null;
  /** Notes finished by this run (results and errors). */
  finished: number;
  /** Notes skipped because an earlier run did them. */
  skipped: number;
  failed: number;
  retries: number;
  elapsedMs: number;
}

const clock = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
};

/** One progress line: `1200/10000 done (12%) 85.3 notes/s ETA 1:43 errors 2 retries 5`. */
export function progressLine(p: BatchProgress): string {
  const done = p.finished + p.skipped;
  const rate = p.elapsedMs > 0 ? (p.finished / p.elapsedMs) * 1000 : 0;
  const head =
    p.total === null
      ? `${done} done`
      : `${done}/${p.total} done (${p.total > 0 ? Math.floor((done / p.total) * 100) : 100}%)`;
  const remaining = p.total === null ? null : Math.max(0, p.total - done);
  const eta = remaining === null || rate === 0 ? '--' : clock((remaining / rate) * 1000);
  return `${head} ${rate.toFixed(1)} notes/s ETA ${eta} errors ${p.failed}${p.retries ? ` retries ${p.retries}` : ''}`;
}

export interface ProgressReporterOptions {
  /** Where to write (the CLI passes stderr). */
  stream: { write(text: string): unknown };
  /** A terminal gets one line rewritten in place; anything else gets a plain line every `everyMs`. */
  tty: boolean;
  /** Interval between plain lines when not a terminal. Default 5,000 ms. */
  everyMs?: number;
  /** Interval between rewrites on a terminal. Default 200 ms. */
  ttyEveryMs?: number;
  /** Clock in ms. Default performance.now. */
  now?: () => number;
}

export interface ProgressReporter {
  update(progress: BatchProgress): void;
  /** Writes the last state and ends the terminal line. */
  done(progress: BatchProgress): void;
}

/** Throttled progress output; call `update` as often as you like. */
export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  const every = options.tty ? (options.ttyEveryMs ?? 200) : (options.everyMs ?? 5_000);
  let last = Number.NEGATIVE_INFINITY;
  const show = (p: BatchProgress): void => {
    options.stream.write(options.tty ? `\r\u001b[2K${progressLine(p)}` : `${progressLine(p)}\n`);
  };
  return {
    update(p) {
      const t = now();
      if (t - last < every) return;
      last = t;
      show(p);
    },
    done(p) {
      show(p);
      if (options.tty) options.stream.write('\n');
    },
  };
}
