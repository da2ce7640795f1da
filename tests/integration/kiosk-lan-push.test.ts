import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateSigningKeyPair } from '../../electron/core/keys/ed25519.ts';
import { kioskDatabaseFile, openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { fingerprint } from '../../electron/core/keys/fingerprint.ts';
import { signUpdate, type UpdateBody, type UpdateEnvelope } from '../../electron/core/lan/update-envelope.ts';
import { silentLog } from '../../electron/core/log.ts';
import { storeStaffIdentity } from '../../electron/core/staff/keys/sealed-key-store.ts';
import type { StaffIdentity } from '../../electron/core/staff/keys/staff-identity.ts';
import { openStaff, staffDatabaseFile } from '../../electron/core/staff/open-staff.ts';
import { pairingCode } from '../../shared/pairing-code.ts';
import { runCli, startCli } from '../helpers/cli.ts';
import { submitMany, testPassphrase, testSealing } from '../helpers/kiosk-and-staff.ts';
import { staffFolderWithKeys } from '../helpers/lan-staff.ts';
import { startReceive, untilStored } from '../helpers/staff-receive.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/**
 * The kiosk's command line (`kiosk pair --lan`, `kiosk push`) against a real `kuulluksi staff
 * receive` process on 127.0.0.1, each side with its own data folder, as on two PCs.
 */

type Receiver = ReturnType<typeof startReceive>;

/**
 * A staff data folder with keys, a passphrase file for it, and its receiver, importing as batches
 * arrive, on a free port or the one given.
 */
async function staffPc({
  atPort = 0,
  keys,
  importing = true,
}: {
  atPort?: number;
  keys?: StaffIdentity;
  /** False: the receiver only collects into its inbox, and makes no receipt. */
  importing?: boolean;
} = {}) {
  const { dataDir, identity } = keys ? await staffFolderWith(keys) : await staffFolderWithKeys();
  const passphraseFile = join(tempDir(), 'passphrase.txt');
  writeFileSync(passphraseFile, testPassphrase + '\n', { mode: 0o600 });
  const withKeys = ['--passphrase-file', passphraseFile];
  const receiveArgs = importing ? withKeys : [];
  let receiver: Receiver = startReceive(dataDir, receiveArgs, atPort);
  const { port } = await receiver.listening;
  const staff = {
    dataDir,
    identity,
    withKeys,
    port,
    address: `127.0.0.1:${port}`,
    /** The code `staff receive` shows for this PC, which the kiosk shows too. */
    code: /This PC's code: (\S+)/.exec(receiver.output().stdout)![1]!,
    /** Switched off: the process stops as a PC's power would go, mid-whatever. */
    async off() {
      receiver.child.kill('SIGKILL');
      await receiver.exited;
    },
    /** Back on at the same address, with the same data folder (and so the same receiver key). */
    async on() {
      receiver = startReceive(dataDir, receiveArgs, port);
      await receiver.listening;
    },
    read: <T>(query: (db: Database.Database) => T) => untilStored(dataDir, query, () => true),
    untilBatches: (count: number) =>
      untilStored(
        dataDir,
        (db) => db.prepare('SELECT count(*) FROM batches').pluck().get(),
        (n) => n === count,
      ),
  };
  return staff;
}

type StaffPc = Awaited<ReturnType<typeof staffPc>>;

/** A new staff PC with staff keys restored from a backup: the same staff key, a receiver key of its own. */
async function staffFolderWith(identity: StaffIdentity) {
  const dataDir = tempDir('kuulluksi-staff-');
  const setup = openStaff({ dataDir });
  await storeStaffIdentity(setup.db, identity, testPassphrase, testSealing);
  setup.close();
  return { dataDir, identity };
}

/**
 * A kiosk data folder holding answers given yesterday morning: their time slot is over, so a push
 * over the LAN may send them today.
 */
function kioskWithYesterdaysAnswers(values: readonly number[]) {
  const dataDir = tempDir('kuulluksi-kiosk-');
  const yesterday = new Date();
  yesterday.setDate(yesterday.getDate() - 1);
  yesterday.setHours(10, 0, 0, 0);
  const kiosk = openKiosk({ dataDir, clock: () => yesterday, log: silentLog });
  submitMany(kiosk, values);
  kiosk.close();
  return {
    dataDir,
    read<T>(query: (db: Database.Database) => T): T {
      const db = new Database(join(dataDir, kioskDatabaseFile), { readonly: true });
      try {
        return query(db);
      } finally {
        db.close();
      }
    },
    answers() {
      return this.read((db) => db.prepare<[], number>('SELECT count(*) FROM responses').pluck().get()!);
    },
    push: () => runCli(['kiosk', 'push', '--data', dataDir]),
  };
}

type KioskPc = ReturnType<typeof kioskWithYesterdaysAnswers>;

/** `kiosk push`, which must deliver one batch of `answers` answers. */
function pushDelivering(kiosk: KioskPc, answers: number) {
  const pushed = kiosk.push();
  assert.equal(pushed.status, 0, pushed.stderr);
  assert.match(pushed.stdout, new RegExp(`Delivered 1 batch\\(es\\), ${answers} answers`));
  return pushed;
}

/** `kiosk pair --lan`, with staff approving the code it prints from their command line meanwhile. */
async function pairOverLan(kiosk: KioskPc, staff: StaffPc) {
  const pairing = startCli([
    'kiosk',
    'pair',
    '--data',
    kiosk.dataDir,
    '--lan',
    staff.address,
    '--wait-seconds',
    '120',
  ]);
  const [, kioskCode] = await pairing.until(/this kiosk's code: +(\S+)/);
  await pairing.until(/Waiting up to 120 seconds/);
  const approved = runCli([
    'staff',
    'approve',
    '--data',
    staff.dataDir,
    '--kiosk',
    kioskCode!,
    ...staff.withKeys,
  ]);
  assert.equal(approved.status, 0, approved.stderr);
  const paired = await pairing.exited;
  assert.equal(paired.status, 0, paired.stderr);
  assert.match(paired.stdout, /Paired with the staff PC/);
  return paired;
}

/** A staff PC and a kiosk with yesterday's `answers`, paired over the LAN. */
async function pairedPcs(answers: readonly number[], options: Parameters<typeof staffPc>[0] = {}) {
  const staff = await staffPc(options);
  const kiosk = kioskWithYesterdaysAnswers(answers);
  const paired = await pairOverLan(kiosk, staff);
  return { staff, kiosk, paired };
}

test(
  'pair over the LAN, push, and the receipt that comes back deletes on the kiosk exactly what staff hold',
  { timeout: 300_000 },
  async () => {
    const { staff, kiosk, paired } = await pairedPcs([5, 4, 4, 2]);
    assert.match(paired.stdout, new RegExp(`staff PC's code: +${staff.code}\n`));

    const pushed = pushDelivering(kiosk, 4);
    assert.match(pushed.stdout, /Sealed 1 batch/);
    assert.deepEqual(
      kiosk.read((db) => db.prepare('SELECT seq, written, route FROM batches').raw().all()),
      [[1, 1, 'lan']],
    );
    await staff.untilBatches(1);
    assert.equal(await staff.read((db) => db.prepare('SELECT count(*) FROM responses').pluck().get()), 4);

    // The import makes the receipt, which comes back in a contact: in this push's own when the
    // import was quicker than the kiosk, or else in the next one's.
    let confirmed = pushed;
    if (!/Applied update/.test(pushed.stdout)) {
      assert.equal(kiosk.answers(), 4, 'nothing is deleted before staff confirm it');
      await untilStored(
        staff.dataDir,
        (db) => db.prepare('SELECT count(*) FROM lan_updates').pluck().get(),
        (n) => n === 1,
      );
      confirmed = kiosk.push();
      assert.equal(confirmed.status, 0, confirmed.stderr);
    }
    assert.match(confirmed.stdout, /Applied update 1 from staff: 1 batch\(es\) confirmed/);
    assert.match(confirmed.stdout, /4 answers that staff hold .* were deleted from this kiosk/);
    assert.equal(kiosk.answers(), 0);
    assert.match(confirmed.stdout, /Nothing waits on this kiosk/);
    assert.match(
      kiosk.push().stdout,
      /No batch was waiting to be delivered\.\nNothing waits/,
      'an update is applied once',
    );
  },
);

test(
  'the same batch sent again (a kiosk that did not hear "delivered") is stored once',
  { timeout: 300_000 },
  async () => {
    const { staff, kiosk } = await pairedPcs([3, 3, 1]);
    assert.equal(kiosk.push().status, 0);
    await staff.untilBatches(1);

    // As if the kiosk had been switched off before it read the reply.
    const db = new Database(join(kiosk.dataDir, kioskDatabaseFile));
    db.exec('UPDATE batches SET written = 0, written_day = NULL, route = NULL');
    db.close();
    pushDelivering(kiosk, 3);
    assert.deepEqual(
      readdirSync(join(staff.dataDir, 'inbox')),
      ['rejected'],
      'not written to the inbox again',
    );
    assert.equal(await staff.read((db) => db.prepare('SELECT count(*) FROM batches').pluck().get()), 1);
    assert.equal(await staff.read((db) => db.prepare('SELECT count(*) FROM responses').pluck().get()), 3);
  },
);

test(
  'while the staff PC is off the batches wait on the kiosk; once it is back they go',
  { timeout: 300_000 },
  async () => {
    const { staff, kiosk } = await pairedPcs([4, 5]);
    await staff.off();

    const refused = kiosk.push();
    assert.equal(refused.status, 1);
    assert.match(refused.stdout, /could not be reached|ECONNREFUSED/);
    assert.match(
      refused.stdout,
      /Waiting on this kiosk: 0 batch\(es\) and 2 answers not yet sealed; the staff PC cannot be reached/,
    );
    assert.match(refused.stderr, /nothing could be delivered/);
    assert.equal(kiosk.answers(), 2, 'they wait unsealed, to go together when it is back');

    await staff.on();
    pushDelivering(kiosk, 2);
    await staff.untilBatches(1);
  },
);

test(
  'a staff PC that answers with another key gets the alarm and not one batch, until paired again',
  { timeout: 300_000 },
  async () => {
    const { staff: first, kiosk } = await pairedPcs([2, 1]);
    await first.off();

    // The staff PC was set up anew (its staff keys restored from their backup), at the same address.
    const other = await staffPc({ atPort: first.port, keys: first.identity });
    assert.notEqual(other.code, first.code);
    const alarmed = kiosk.push();
    assert.equal(alarmed.status, 1);
    assert.match(alarmed.stdout, /The push stopped: its code is now \S+, where it was \S+\./);
    assert.match(alarmed.stderr, /answered with another key \(greeting it\)/);
    assert.equal(
      kiosk.read((db) => db.prepare('SELECT state FROM lan_receiver').pluck().get()),
      'key-changed',
    );
    const stillAlarmed = kiosk.push();
    assert.equal(stillAlarmed.status, 1);
    assert.match(stillAlarmed.stderr, /nothing was sent: the staff PC answered with another key/);
    assert.deepEqual(readdirSync(join(other.dataDir, 'inbox')), ['rejected'], 'not one batch reached it');
    assert.equal(
      kiosk.read((db) => db.prepare('SELECT count(*) FROM batches WHERE written = 1').pluck().get()),
      0,
    );

    // People compare the new codes and pair again: the alarm is over, and the batch goes.
    const repaired = await pairOverLan(kiosk, other);
    assert.match(repaired.stdout, new RegExp(`staff PC's code: +${other.code}\n`));
    pushDelivering(kiosk, 2);
    await other.untilBatches(1);
  },
);

test(
  'a receipt envelope not made by the paired staff key deletes nothing',
  { timeout: 300_000 },
  async () => {
    // A staff PC that only collects: it makes no receipt of its own in this test.
    const { staff, kiosk } = await pairedPcs([5, 5, 1], { importing: false });
    assert.equal(kiosk.push().status, 0);
    const [batch] = kiosk.read((db) =>
      db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM batches').all(),
    );

    // Someone who can write the staff PC's files, but holds no staff key, puts in receipts of theirs,
    // each naming the batch the kiosk delivered exactly.
    const attacker = generateSigningKeyPair();
    const body = (staffKey: string): UpdateBody => ({
      format: 'kuulluksi-update',
      version: 1,
      kioskId: fingerprint(
        kiosk.read((db) => db.prepare<[], string>('SELECT public_key FROM kiosk_identity').pluck().get()!),
      ),
      staffKey,
      serial: 1,
      items: [{ kind: 'receipt', batches: [batch!] }],
    });
    const forgeries: [UpdateEnvelope, RegExp][] = [
      [
        {
          body: body(staff.identity.signing.publicKey),
          signature: signUpdate(body(staff.identity.signing.publicKey), attacker).signature,
        },
        /its signature does not verify/,
      ],
      [signUpdate(body(attacker.publicKey), attacker), /which this kiosk is not paired with/],
    ];
    for (const [forged, reason] of forgeries) {
      const db = new Database(join(staff.dataDir, staffDatabaseFile));
      db.prepare('INSERT OR REPLACE INTO lan_updates (kiosk_id, serial, envelope) VALUES (?, 1, ?)').run(
        forged.body.kioskId,
        JSON.stringify(forged),
      );
      db.close();
      const pushed = kiosk.push();
      assert.equal(pushed.status, 0, pushed.stderr);
      assert.match(pushed.stdout, /An update from staff was not applied, and nothing changed: /);
      assert.match(pushed.stdout, reason);
      assert.equal(kiosk.answers(), 3, 'every answer is still on the kiosk');
      assert.equal(
        kiosk.read((db) => db.prepare('SELECT applied_serial FROM lan_receiver').pluck().get()),
        0,
      );
    }
  },
);

test(
  'with --receiver-code, pairing stops before anything is sent or stored unless the staff PC shows that code',
  { timeout: 300_000 },
  async () => {
    const staff = await staffPc();
    const kiosk = kioskWithYesterdaysAnswers([3]);
    const otherCode = pairingCode(fingerprint(generateSigningKeyPair().publicKey));
    const pairWithCode = (code: string, ...more: string[]) =>
      runCli([
        'kiosk',
        'pair',
        '--data',
        kiosk.dataDir,
        '--lan',
        staff.address,
        '--receiver-code',
        code,
        ...more,
      ]);
    const refused = pairWithCode(otherCode.toLowerCase());
    assert.equal(refused.status, 1);
    assert.match(
      refused.stderr,
      new RegExp(`shows code ${staff.code}, not ${otherCode}.*Nothing was sent or stored`),
    );
    assert.equal(await staff.read((db) => db.prepare('SELECT count(*) FROM lan_kiosks').pluck().get()), 0);
    assert.equal(
      kiosk.read((db) => db.prepare('SELECT count(*) FROM lan_receiver').pluck().get()),
      0,
    );

    const asked = pairWithCode(staff.code, '--wait-seconds', '0');
    assert.equal(asked.status, 0, asked.stderr);
    assert.match(asked.stdout, /Asked to pair/);
    assert.equal(
      await staff.read((db) => db.prepare<[], string>('SELECT state FROM lan_kiosks').pluck().get()),
      'waiting',
    );
  },
);
