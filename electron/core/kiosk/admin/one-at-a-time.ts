/**
 * Runs the async jobs given to it one after another, each starting when the one before has
 * settled. PIN checks go through one: a check counts its try, hashes (tens of milliseconds) and
 * may then lock the pad, so guesses sent at once must not all be hashed before the first lock.
 */
export function oneAtATime() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = last.then(job);
    last = run.catch(() => {});
    return run;
  };
}
