import { lanLimits } from './protocol.ts';

/**
 * The nonces of the requests accepted lately, each kept until its request's time could no longer
 * be accepted; a replay after that is refused by its time instead. Only requests whose signature
 * verified reach it, and each key is rate-limited, so it stays small.
 */
export function createNonceCache() {
  const expiries = new Map<string, number>();
  return (key: string, nonce: string, time: number, now: number): boolean => {
    // Roughly in time order: stop at the first one still needed (an expired one behind it waits).
    for (const [entry, expiry] of expiries) {
      if (expiry >= now) break;
      expiries.delete(entry);
    }
    const entry = `${key} ${nonce}`;
    if (expiries.has(entry)) return true;
    expiries.set(entry, time + lanLimits.clockSkewMs);
    return false;
  };
}
