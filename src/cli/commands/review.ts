import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import type { ReviewInput } from '../../store/types.ts';
import { addStoreOptions, openStoreFromFlags, type StoreFlags } from '../store-flags.ts';

interface ReviewFlags extends StoreFlags {
  accept?: boolean;
  override?: string;
  dismiss?: string;
  answer?: string;
  reason?: string;
  actor?: string;
}

/** Who reviews: --actor, else OPNOTE_ACTOR, else the login name. */
function actorOf(flags: ReviewFlags): string {
  if (flags.actor !== undefined) return flags.actor;
  if (process.env.OPNOTE_ACTOR) return process.env.OPNOTE_ACTOR;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** The one review action the flags ask for, or undefined to show the note's history. */
export function reviewFromFlags(flags: ReviewFlags, actor: string): ReviewInput | undefined {
  const chosen = [
    flags.accept ? '--accept' : undefined,
    flags.override === undefined ? undefined : '--override',
    flags.dismiss === undefined ? undefined : '--dismiss',
    flags.answer === undefined ? undefined : '--answer',
  ].filter((x) => x !== undefined);
  if (chosen.length > 1) throw new UsageError(`choose one of ${chosen.join(', ')}`);
  const reason = flags.reason ?? '';
  if (flags.accept) return { action: 'accept', actor, ...(reason ? { reason } : {}) };
  if (chosen.length === 1 && reason.trim() === '')
    throw new UsageError(`${chosen[0]} needs --reason "…" (why, for the audit log)`);
  if (flags.override !== undefined) return { action: 'override', code: flags.override, actor, reason };
  if (flags.dismiss !== undefined) return { action: 'dismiss', finding: flags.dismiss, actor, reason };
  if (flags.answer !== undefined) return { action: 'answer', element: flags.answer, actor, reason };
  return undefined;
}

/** `opnote review <id>`: accept, override the code, dismiss a finding, answer a query (audit-logged); no action shows the history. */
export function registerReviewCommand(program: Command): void {
  const command = program
    .command('review')
    .description(
      "Review a note's latest stored result: --accept, --override <code>, --dismiss <finding>, --answer <element> (each with --reason, --actor); without an action, print its result summary and audit history.",
    )
    .argument('<id>', 'note id in the store')
    .option('--accept', 'accept the supported code')
    .option('--override <code>', 'bill another CPT code than the supported one (needs --reason)')
    .option('--dismiss <finding>', 'dismiss a finding, by id or id:element (needs --reason)')
    .option(
      '--answer <element>',
      "record the physician's answer to the drafted query on <element> (needs --reason)",
    )
    .option('--reason <text>', 'why (kept in the audit log)')
    .option('--actor <name>', 'who reviews (default OPNOTE_ACTOR, else the login name)');
  addStoreOptions(command).action(async (id: string, flags: ReviewFlags) => {
    const review = reviewFromFlags(flags, actorOf(flags));
    const store = await openStoreFromFlags(flags, true, { existing: true });
    if (!store) return;
    try {
      if (review) {
        const event = await store.review(id, review);
        process.stdout.write(`${JSON.stringify(event)}\n`);
        return;
      }
      const latest = await store.latest(id);
      if (!latest) throw new UsageError(`note ${JSON.stringify(id)} is not in the store`);
      const summary = {
        id,
        status: latest.status,
        supported: latest.supportedCode,
        ...(latest.errorCode ? { errorCode: latest.errorCode } : {}),
        findings: (latest.result?.findings ?? []).map((f) => (f.element ? `${f.id}:${f.element}` : f.id)),
        versions: latest.versions,
        events: await store.events(id),
      };
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } finally {
      await store.close();
    }
  });
}
