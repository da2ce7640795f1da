/**
 * Imports run one at a time: a stick picked on screen, the LAN inbox after each delivery, and
 * the update envelopes made afterwards never work over each other, so no batch is read by two
 * at once and every summary says exactly what its own run did.
 */
export type ImportQueue = <T>(work: () => Promise<T>) => Promise<T>;

export function createImportQueue(): ImportQueue {
  let running: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = running.then(work);
    running = next.catch(() => undefined);
    return next;
  };
}
