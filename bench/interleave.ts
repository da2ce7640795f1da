/**
 * Ours against a peer on a busy machine: the two take turns, swapping who goes first each round,
 * so a slow spell of the machine lands on both. Each contender returns the milliseconds it
 * measured itself, so set-up that is not part of the figure (copying a database, opening it)
 * stays outside.
 */
import { median } from './stats.ts';

export type Contender = () => Promise<number> | number;

export type Comparison = {
  ours: number[];
  peer: number[];
  /** Median of ours over median of the peer's. */
  ratio: number;
  oursMedian: number;
  peerMedian: number;
};

export async function interleave(
  rounds: number,
  ours: Contender,
  peer: Contender,
  onRound?: (round: number) => void,
): Promise<Comparison> {
  const times = { ours: [] as number[], peer: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    const turns: ['ours' | 'peer', Contender][] = [
      ['ours', ours],
      ['peer', peer],
    ];
    if (round % 2 === 1) turns.reverse();
    for (const [who, run] of turns) times[who].push(await run());
    onRound?.(round + 1);
  }
  const oursMedian = median(times.ours);
  const peerMedian = median(times.peer);
  return { ...times, oursMedian, peerMedian, ratio: oursMedian / peerMedian };
}

/** How long `work` took, in milliseconds. */
export async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** How long a synchronous `work` took, in milliseconds, with no await inside the measurement. */
export function timedSync(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}
