import type { JobRecord, Store } from '../../src/store/types.ts';

/** Polls `probe` every 25 ms until it gives a value; fails naming `what` after `ms`. */
export async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until every job is finished and its webhook settled. */
export const settled = (store: Store, ids: string[]): Promise<JobRecord[]> =>
  until(async () => {
    const jobs = await Promise.all(ids.map((id) => store.job(id)));
    return jobs.every((j) => j && (j.status === 'done' || j.status === 'failed') && !j.webhookPending)
      ? (jobs as JobRecord[])
      : undefined;
  }, 'the jobs to settle');
