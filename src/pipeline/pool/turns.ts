/**
 * Work run one piece per turn of the event loop (a `setImmediate` each), in the order given: timers,
 * sockets and messages that became due while one piece ran are served before the next piece starts.
 * A pipeline worker queues here the rest of each note's pipeline after its extraction (a few ms of
 * synchronous work each), so that a row of notes never holds back a provider call due to start or
 * answering, which the main thread's limiter counts in flight until this thread reports it.
 */
export interface TurnQueue {
  /** Queues `work` to run in a later turn of the event loop, after the work queued before it. */
  add(work: () => void): void;
  /** Pieces queued and not yet run. */
  size(): number;
}

export function createTurnQueue(): TurnQueue {
  const queue: Array<() => void> = [];
  const turn = (): void => {
    const work = queue.shift();
    if (queue.length > 0) setImmediate(turn);
    work?.();
  };
  return {
    add(work) {
      queue.push(work);
      if (queue.length === 1) setImmediate(turn);
    },
    size: () => queue.length,
  };
}
