import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';
import type { Log } from '../core/log.ts';

export type CrashHistory = { count: number; lastAt: number };

const firstDelayMs = 1_000;
const maxDelayMs = 60_000;
/** A renderer that has stayed up this long is healthy again, and its next crash starts over. */
const calmPeriodMs = 5 * 60_000;

/**
 * How long to wait before reloading a crashed renderer: one second, doubling with each crash
 * in a row, capped at a minute, so a page that crashes on load cannot spin the CPU of an
 * unattended kiosk, yet one stray crash costs the next client only a second.
 */
export function nextReload(
  history: CrashHistory | null,
  now: number,
): { delayMs: number; history: CrashHistory } {
  const count = history !== null && now - history.lastAt < calmPeriodMs ? history.count + 1 : 1;
  const delayMs = Math.min(firstDelayMs * 2 ** (count - 1), maxDelayMs);
  return { delayMs, history: { count, lastAt: now } };
}

/** Reloads the window's page after its renderer dies, with the backoff above. */
export function setupCrashRecovery(window: BrowserWindow, log: Log): void {
  let history: CrashHistory | null = null;
  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    const next = nextReload(history, Date.now());
    history = next.history;
    log(
      'warn',
      `renderer gone (${details.reason}, exit ${details.exitCode}); reloading in ${next.delayMs} ms`,
    );
    setTimeout(() => {
      if (!window.isDestroyed()) window.webContents.reload();
    }, next.delayMs);
  });
}
