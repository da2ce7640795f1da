import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { generateSigningKeyPair, type SigningKeyPair } from '../../electron/core/keys/ed25519.ts';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../electron/core/kiosk/pairing.ts';
import { sealPendingResponses } from '../../electron/core/kiosk/seal-pending.ts';
import type { Log } from '../../electron/core/log.ts';
import { storeStaffIdentity } from '../../electron/core/staff/keys/sealed-key-store.ts';
import { generateStaffIdentity, staffPublicKey } from '../../electron/core/staff/keys/staff-identity.ts';
import { createStaffKeyring } from '../../electron/core/staff/keys/staff-keyring.ts';
import type { ListenAddress } from '../../electron/core/staff/lan/listen-address.ts';
import { loadOrCreateReceiverIdentity } from '../../electron/core/staff/lan/receiver-identity.ts';
import { openStaff, staffDatabaseFile } from '../../electron/core/staff/open-staff.ts';
import { submitMany, testPassphrase, testSealing } from '../helpers/kiosk-and-staff.ts';
import { lanKiosk } from '../helpers/lan-kiosk.ts';
import { movableClock } from '../helpers/movable-clock.ts';
import { folderFiles, storeContents } from '../helpers/stored-state.ts';

/** What the generator signs with and for: a paired kiosk, one that only asked to pair, a stranger, and a real batch. */
export type LanFuzzMaterial = {
  receiverKey: string;
  paired: SigningKeyPair;
  unpaired: SigningKeyPair;
  /** A kiosk key the receiver has never heard from. */
  stranger: SigningKeyPair;
  /** A batch file the paired kiosk sealed for these staff keys: stored if it ever arrived unaltered. */
  batch: Buffer;
  /** Requests that were answered well during the setup, for replaying byte for byte. */
  accepted: { method: string; path: string; headers: Record<string, string>; body: Buffer }[];
  now: () => number;
};

/**
 * A staff tool receiving on 127.0.0.1 with its staff keys open (a delivered batch would be
 * imported at once), a paired and approved kiosk, and a second kiosk key whose pairing request
 * waits for staff. Its clock only moves when the fuzz moves it, so the per-address limit can be
 * refilled without waiting. `stored()` is everything a request could have left: every row of
 * the staff database and every file in the inbox.
 */
export async function lanFuzzReceiver(log: Log) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-lan-fuzz-'));
  const time = movableClock(new Date(2026, 10, 17, 14, 5, 42));
  const identity = await generateStaffIdentity();
  const setup = openStaff({ dataDir: join(dataDir, 'staff') });
  await storeStaffIdentity(setup.db, identity, testPassphrase, testSealing);
  setup.close();
  const staff = openStaff({
    dataDir: join(dataDir, 'staff'),
    clock: time.clock,
    log,
    keys: createStaffKeyring(() => testPassphrase, testSealing),
    lan: { listen: [{ host: '127.0.0.1', port: 0 }], name: 'Fuzz PC' },
  });
  const kiosk = openKiosk({ dataDir: join(dataDir, 'kiosk'), clock: time.clock, log });
  try {
    const address: ListenAddress = (await staff.lan!.started).addresses[0]!;
    const receiverKey = loadOrCreateReceiverIdentity(staff.db).keys.publicKey;
    pairWithStaff(kiosk.db, staffPublicKey(identity));
    submitMany(kiosk, [5, 4]);
    await sealPendingResponses(kiosk.db, kiosk.identity);
    const batch = kiosk.db.prepare<[], { ciphertext: Buffer }>('SELECT ciphertext FROM batches').get()!
      .ciphertext;

    const now = () => time.clock().getTime();
    const unpaired = generateSigningKeyPair();
    const accepted: LanFuzzMaterial['accepted'] = [];
    const client = (keys: SigningKeyPair) => {
      const lan = lanKiosk(address, keys, receiverKey, now);
      // Each request of the setup is kept as sent, so the fuzz can replay it.
      const send = async (method: string, path: string, body: Buffer) => {
        const headers = lan.sign(method, path, body);
        const answer = await lan.send(method, path, body, { headers });
        if (answer.status !== 200)
          throw new Error(`setup ${method} ${path}: ${answer.status} ${answer.body}`);
        accepted.push({ method, path, headers, body });
        return answer;
      };
      return { ...lan, send };
    };
    const pairBody = Buffer.from(JSON.stringify({ format: 'kuulluksi-lan-pair', version: 1 }));
    await client(kiosk.identity.keys).send('POST', '/kuulluksi/lan/v1/pair', pairBody);
    const dispatch = createDispatcher('staff', staff.handlers, log);
    const approved = (await dispatch('staff.approveKiosk', {
      kioskId: lanKiosk(address, kiosk.identity.keys, receiverKey).kioskId,
    })) as { ok: boolean };
    if (!approved.ok) throw new Error('setup: staff could not approve the fuzz kiosk');
    await client(unpaired).send('POST', '/kuulluksi/lan/v1/pair', pairBody);
    const contactBody = Buffer.from(
      JSON.stringify({ format: 'kuulluksi-lan-contact', version: 1, waitingBatches: 1, appliedSerial: 0 }),
    );
    await client(kiosk.identity.keys).send('POST', '/kuulluksi/lan/v1/contact', contactBody);

    const material: LanFuzzMaterial = {
      receiverKey,
      paired: kiosk.identity.keys,
      unpaired,
      stranger: generateSigningKeyPair(),
      batch: Buffer.from(batch),
      accepted,
      now,
    };
    return {
      address,
      material,
      advanceSeconds: time.advanceSeconds,
      stored: () =>
        JSON.stringify({
          rows: withoutLastContact(storeContents(join(dataDir, 'staff', staffDatabaseFile))),
          inbox: folderFiles(join(dataDir, 'staff', 'inbox')),
        }),
      async close() {
        kiosk.close();
        await staff.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    kiosk.close();
    await staff.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The store's rows with the minute the paired kiosk was last heard from left out: a request it
 * really signed tells staff it was heard from (docs/lan.md, Contact), even when its body is
 * refused after the signature. That minute is the one thing such a request may change; the
 * waiting kiosk's row, like every other, must stay exactly as the setup left it.
 */
function withoutLastContact(contents: string): unknown {
  const tables = JSON.parse(contents) as [string, unknown[][]][];
  // lan_kiosks (staff migration 011): kiosk_id, public_key, state, asked_at, last_contact_at, …
  const lastContact = 4;
  return tables.map(([name, rows]) => [
    name,
    name === 'lan_kiosks'
      ? rows.map((row) => (row[2] === 'paired' ? row.with(lastContact, null) : row))
      : rows,
  ]);
}

export type LanFuzzReceiver = Awaited<ReturnType<typeof lanFuzzReceiver>>;
