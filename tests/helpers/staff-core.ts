import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after } from 'node:test';
import type { Clock } from '../../electron/core/clock.ts';
import type { AskPassphrase } from '../../electron/core/keys/passphrase-seal.ts';
import { silentLog } from '../../electron/core/log.ts';
import { openCore } from '../../electron/core/open-core.ts';
import { staffDatabaseFile } from '../../electron/core/staff/open-staff.ts';
import { createStaffKeyring } from '../../electron/core/staff/keys/staff-keyring.ts';
import { fixedClock, testPassphrase, testSealing } from './kiosk-and-staff.ts';
import { storeContents } from './stored-state.ts';
import { tempDir } from './temp-dir.ts';

type Options = { dataDir?: string; passphrase?: AskPassphrase; clock?: Clock };

/**
 * A running staff core as the staff screen meets it, behind its dispatcher (so every input goes
 * through the contract's schemas), with its launcher's passphrase, at a test work factor, and a
 * folder of USB sticks of its own. `call` returns the Result as the renderer would get it.
 */
export function staffCore({
  dataDir = tempDir('kuulluksi-staff-'),
  passphrase = () => testPassphrase,
  clock = fixedClock,
}: Options = {}) {
  const usb = tempDir('kuulluksi-staff-usb-');
  const core = openCore('staff', dataDir, silentLog, {
    clock,
    usbRoots: [{ path: usb, depth: 1 }],
    staffKeys: createStaffKeyring(passphrase, testSealing),
  });
  after(() => core.close());
  return {
    dataDir,
    usb,
    call: (method: string, input: unknown = {}) => core.dispatch(method, input) as Promise<any>,
    close: () => core.close(),
    /** Plugs in a stick, with the `Kuulluksi` folder kiosks export into when `prepared`; returns its root. */
    plugIn(label: string, { prepared = false } = {}) {
      const root = join(usb, label);
      mkdirSync(join(root, ...(prepared ? ['Kuulluksi'] : [])), { recursive: true });
      return root;
    },
    /** Every row of every table, read from the file: what "nothing changed" is checked against. */
    stored: () => storeContents(join(dataDir, staffDatabaseFile)),
  };
}
