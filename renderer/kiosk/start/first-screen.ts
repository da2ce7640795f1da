import type { Api, Output } from '../../../shared/contract/index.ts';

/** What the kiosk's start screen needs: today's question (or that it is closed) and the display settings. */
export type KioskStart = { today: Output<'kiosk.today'>; display: Output<'kiosk.display'> };

/**
 * Asks for both at once. Null when either could not be had, so the screen says the kiosk is
 * unavailable rather than show half of it. Small and free of screens, so the page's entry can
 * start it while the kiosk's screens are still loading.
 */
export async function fetchKioskStart(api: Api<'kiosk'>): Promise<KioskStart | null> {
  const [today, display] = await Promise.all([api.call('kiosk.today', {}), api.call('kiosk.display', {})]);
  return today.ok && display.ok ? { today: today.value, display: display.value } : null;
}
