import { join } from 'node:path';
import { after } from 'node:test';
import type { Clock } from '../../electron/core/clock.ts';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../electron/core/kiosk/pairing.ts';
import { sealPendingResponses } from '../../electron/core/kiosk/seal-pending.ts';
import { sha256Hex } from '../../electron/core/lan/request-signature.ts';
import { silentLog } from '../../electron/core/log.ts';
import { storeStaffIdentity } from '../../electron/core/staff/keys/sealed-key-store.ts';
import {
  generateStaffIdentity,
  staffPublicKey,
  type StaffIdentity,
} from '../../electron/core/staff/keys/staff-identity.ts';
import { createStaffKeyring, noLauncherPassphrase } from '../../electron/core/staff/keys/staff-keyring.ts';
import { loadOrCreateReceiverIdentity } from '../../electron/core/staff/lan/receiver-identity.ts';
import { openStaff, staffDatabaseFile, type Staff } from '../../electron/core/staff/open-staff.ts';
import { fixedClock, submitMany, testPassphrase, testSealing } from './kiosk-and-staff.ts';
import { lanKiosk } from './lan-kiosk.ts';
import { storeContents } from './stored-state.ts';
import { tempDir } from './temp-dir.ts';

/** A staff data folder with staff keys sealed with `testPassphrase`, at a test work factor. */
export async function staffFolderWithKeys(dataDir = tempDir('kuulluksi-staff-')) {
  const setup = openStaff({ dataDir });
  const identity = await generateStaffIdentity();
  await storeStaffIdentity(setup.db, identity, testPassphrase, testSealing);
  setup.close();
  return { dataDir, identity };
}

type Options = {
  clock?: Clock;
  /** False: the receiver runs without the passphrase, so it collects batches it cannot import. */
  keysOpen?: boolean;
  dataDir?: string;
  /** The staff keys already in `dataDir` (from staffFolderWithKeys or an earlier receivingStaff). */
  reuseKeys?: StaffIdentity;
};

/**
 * A staff tool receiving on 127.0.0.1 (a free port), with real staff keys in its data folder,
 * as `kuulluksi staff receive` or `serve --role staff --lan-port` run it. `call` goes through the
 * contract's dispatcher as the staff screen's calls do.
 */
export async function receivingStaff({
  clock = fixedClock,
  keysOpen = true,
  dataDir,
  reuseKeys,
}: Options = {}) {
  const folder =
    dataDir !== undefined && reuseKeys !== undefined
      ? { dataDir, identity: reuseKeys }
      : await staffFolderWithKeys(dataDir);
  const staff = openStaff({
    dataDir: folder.dataDir,
    clock,
    log: silentLog,
    keys: createStaffKeyring(keysOpen ? () => testPassphrase : noLauncherPassphrase, testSealing),
    lan: { listen: [{ host: '127.0.0.1', port: 0 }], name: 'Office PC' },
  });
  after(() => staff.close());
  const started = await staff.lan!.started;
  const dispatch = createDispatcher('staff', staff.handlers, silentLog);
  return {
    ...folder,
    staff,
    clock,
    address: started.addresses[0]!,
    receiverKey: loadOrCreateReceiverIdentity(staff.db).keys.publicKey,
    inbox: join(folder.dataDir, 'inbox'),
    call: (method: string, input: unknown = {}) => dispatch(method, input) as Promise<any>,
    /** Every row of every table: what "nothing was stored" is checked against. */
    stored: () => storeContents(join(folder.dataDir, staffDatabaseFile)),
  };
}

export type ReceivingStaff = Awaited<ReturnType<typeof receivingStaff>>;

/**
 * A kiosk paired with these staff keys (as a stick kiosk is), with a batch sealed for each list of
 * answers, and a LAN client that signs with its kiosk key on the staff's clock.
 */
export async function kioskWithBatches(
  staff: Pick<ReceivingStaff, 'identity' | 'address' | 'receiverKey' | 'clock'>,
  batches: readonly (readonly number[])[] = [[5, 4]],
) {
  const kiosk = openKiosk({ dataDir: tempDir('kuulluksi-kiosk-'), clock: staff.clock, log: silentLog });
  after(() => kiosk.close());
  pairWithStaff(kiosk.db, staffPublicKey(staff.identity));
  for (const values of batches) {
    submitMany(kiosk, values);
    await sealPendingResponses(kiosk.db, kiosk.identity);
  }
  const sealed = kiosk.db
    .prepare<[], { seq: number; hash: string; ciphertext: Buffer }>(
      'SELECT seq, hash, ciphertext FROM batches ORDER BY seq',
    )
    .all()
    // The name a batch is delivered under: the SHA-256 of its file (docs/lan.md).
    .map((batch) => ({ ...batch, fileHash: sha256Hex(batch.ciphertext) }));
  const client = lanKiosk(staff.address, kiosk.identity.keys, staff.receiverKey, () =>
    staff.clock().getTime(),
  );
  return { kiosk, batches: sealed, client };
}

/** The kiosk asks to pair and staff approve its code, as on the Kiosks screen. */
export async function pairOverLan(staff: ReceivingStaff, client: ReturnType<typeof lanKiosk>) {
  const asked = await client.pair();
  if (asked.json?.state !== 'waiting') throw new Error(`pair: ${asked.status} ${asked.body}`);
  const approved = await staff.call('staff.approveKiosk', { kioskId: client.kioskId });
  if (!approved.ok) throw new Error(`approve: ${approved.error.message}`);
  return approved.value;
}

/** Waits until every batch delivered so far has gone through an inbox import. */
export const inboxImported = (staff: Staff) => staff.lan!.importInbox();
