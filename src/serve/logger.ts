import pino, { type DestinationStream, type Logger } from 'pino';

/** Paths redacted from every log line: a second line of defence, since nothing logs them. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  'transcript',
  '*.transcript',
];

export interface ServeLoggerOptions {
  /** pino level. Default: 'info'. */
  level?: string;
  /** Where lines go. Default: standard output. */
  destination?: DestinationStream;
}

/** The JSON logger of `opnote serve`: pino, one line per event, with transcript and token paths redacted. */
export function createServeLogger(options: ServeLoggerOptions = {}): Logger {
  const config = { level: options.level ?? 'info', redact: { paths: REDACT_PATHS } };
  return options.destination ? pino(config, options.destination) : pino(config);
}
