import { isWholePairingCode } from './pairing-code.ts';
import { fingerprintPattern } from './staff-keys.ts';

export type KioskCodeReading = { ok: true; kioskId: string } | { ok: false; problem: string };

/**
 * The kiosk id in a code staff type: the fingerprint itself (`MZUH-VLPY-MK6X-O3EP`), or the
 * pairing code a kiosk's LAN screen shows, with a check character after each group of four
 * (`MZUHX-VLPYX-…`), whose check characters must fit: a misread character is caught here, not
 * approved as another kiosk.
 */
export function readKioskCode(typed: string): KioskCodeReading {
  const code = typed.trim().toUpperCase();
  if (fingerprintPattern.test(code)) return { ok: true, kioskId: code };
  if (/^[A-Z2-7]{5}(-[A-Z2-7]{5}){3}$/.test(code)) {
    if (!isWholePairingCode(code)) {
      return {
        ok: false,
        problem:
          'its check characters do not fit: a character was misread or mistyped, compare the code again',
      };
    }
    return {
      ok: true,
      kioskId: code
        .split('-')
        .map((group) => group.slice(0, 4))
        .join('-'),
    };
  }
  return {
    ok: false,
    problem: 'must be a kiosk code like MZUH-VLPY-MK6X-O3EP (or its pairing code, MZUHA-VLPYB-…)',
  };
}
