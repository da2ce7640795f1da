import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { StickProblem } from '../../../shared/stick-problems.ts';
import { AppError } from '../errors.ts';
import type { Log } from '../log.ts';
import { describeStorageError } from '../storage-errors.ts';
import { exportFolderName, type Stick } from './find-sticks.ts';
import { stickProblemOf } from './stick-problem.ts';

/** What reception (and, during an automatic export, anyone at the kiosk) is told about a stick. */
export type StickExportState =
  | { state: 'idle' }
  | { state: 'exporting'; stick: string; written: number; total: number }
  | { state: 'done'; stick: string; batches: number; answers: number }
  | { state: 'failed'; stick: string; problem: StickProblem };

export type StickExportOptions = {
  listSticks(): Promise<Stick[]>;
  /** Seals and writes every pending batch into `folder`, reporting batches written so far. */
  exportTo(
    folder: string,
    onProgress: (written: number, total: number) => void,
  ): Promise<{ written: { responses: number }[] }>;
  log: Log;
};

/**
 * Exports onto USB sticks: by itself when a stick prepared by staff (one with a `Kuulluksi`
 * folder) is plugged in, or when reception taps "Export" for any stick. One export runs at a
 * time. A batch counts as exported only once read back from the stick, so a stick pulled
 * halfway leaves the rest waiting for the next one.
 */
export function createStickExport({ listSticks, exportTo, log }: StickExportOptions) {
  let sticks: Stick[] = [];
  let state: StickExportState = { state: 'idle' };
  let stickInUse: string | null = null;
  let running: Promise<void> = Promise.resolve();
  let polling = false;

  /**
   * Looks for sticks once: a newly prepared one starts an export, a removed one clears its
   * message. Newly prepared includes a stick that gets its `Kuulluksi` folder while plugged in
   * (staff making the folder on the spot), not only one plugged in with it.
   */
  async function poll(): Promise<void> {
    if (polling) return;
    polling = true;
    try {
      const before = new Set(sticks.filter((stick) => stick.prepared).map((stick) => stick.path));
      sticks = await listSticks();
      if (
        state.state !== 'exporting' &&
        stickInUse !== null &&
        !sticks.some((stick) => stick.path === stickInUse)
      ) {
        state = { state: 'idle' };
        stickInUse = null;
      }
      // The stick in use got its Kuulluksi folder from our own export, not from staff preparing
      // it: counting that as an arrival would export to it again and tell reception "0 answers".
      const arrived = sticks.find(
        (stick) => stick.prepared && !before.has(stick.path) && stick.path !== stickInUse,
      );
      if (arrived && state.state !== 'exporting') begin(arrived);
    } finally {
      polling = false;
    }
  }

  /** Reception's "Export" for a stick it sees listed; a path that is not a stick found is refused. */
  function exportToStick(path: string): StickExportState {
    const stick = sticks.find((candidate) => candidate.path === path);
    if (!stick)
      throw new AppError(
        'not_found',
        'That USB stick is no longer plugged in. Plug it in and wait a moment.',
      );
    if (state.state === 'exporting')
      throw new AppError('conflict', 'An export is already running; wait for it to finish.');
    begin(stick);
    return state;
  }

  function begin(stick: Stick): void {
    stickInUse = stick.path;
    state = { state: 'exporting', stick: stick.label, written: 0, total: 0 };
    running = run(stick);
  }

  async function run(stick: Stick): Promise<void> {
    try {
      const folder = join(stick.path, exportFolderName);
      await mkdir(folder, { recursive: true });
      const summary = await exportTo(folder, (written, total) => {
        state = { state: 'exporting', stick: stick.label, written, total };
      });
      const answers = summary.written.reduce((sum, batch) => sum + batch.responses, 0);
      state = { state: 'done', stick: stick.label, batches: summary.written.length, answers };
      log('info', `exported ${summary.written.length} batch(es) to ${stick.path}`);
    } catch (error) {
      state = { state: 'failed', stick: stick.label, problem: stickProblemOf(error) };
      const reason = error instanceof AppError ? error.message : describeStorageError(error);
      log('warn', `export to ${stick.path} failed (${state.problem}): ${reason}`);
    }
  }

  let timer: NodeJS.Timeout | undefined;
  return {
    poll,
    exportToStick,
    sticks: () => sticks,
    state: () => state,
    /** Resolves when the export under way (if any) has finished, well or not. */
    settled: () => running,
    /** Polls every `intervalMs` until stopped; never keeps the process alive by itself. */
    start(intervalMs: number) {
      timer = setInterval(
        () =>
          void poll().catch((error: unknown) =>
            log('warn', `looking for USB sticks failed: ${String(error)}`),
          ),
        intervalMs,
      );
      timer.unref();
    },
    stop: () => clearInterval(timer),
  };
}

export type StickExport = ReturnType<typeof createStickExport>;
