/**
 * The LAN soak: a staff receiver (`kuulluksi staff receive`, importing as batches arrive) and a
 * kiosk process taking answers and pushing to it (lan-kiosk-process.ts) over 127.0.0.1, each
 * SIGKILLed at random moments (mid-answer, while batches upload, while staff import, while the
 * receipt comes back) and restarted, cycle after cycle with new answers each time. Every cycle checks that nothing left the kiosk that staff do
 * not hold; at the end, with both sides let finish, every acknowledged answer must be in the staff
 * archive exactly once and none left unconfirmed on the kiosk.
 */
import Database from 'better-sqlite3';
import { createHash, randomInt } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kioskDatabaseFile } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';
import { storeStaffIdentity } from '../../electron/core/staff/keys/sealed-key-store.ts';
import { generateStaffIdentity } from '../../electron/core/staff/keys/staff-identity.ts';
import { openStaff, staffDatabaseFile } from '../../electron/core/staff/open-staff.ts';
import { testPassphrase, testSealing } from '../helpers/kiosk-and-staff.ts';
import {
  pairKioskOverLan,
  startKioskProcess,
  startStaffReceiver,
  type StaffReceiver,
  type Started,
} from './lan-processes.ts';

export type LanSoakFigures = {
  cycles: number;
  /** Answers the kiosk acknowledged (its thank-you screen). */
  acknowledged: number;
  kioskKills: number;
  staffKills: number;
  /** Pushes that ran to their end (the others were killed). */
  pushesCompleted: number;
  /** Batches staff hold at the end. */
  batchesStored: number;
  /** Batches a push sent again because a kill came between staff storing it and the kiosk hearing so. */
  sentAgain: number;
  /** Acknowledged answers in neither the kiosk nor the staff archive. */
  lost: number;
  /** Answers the staff archive counts more than once (by id, by batch, or in its tallies). */
  duplicates: number;
  /** Answers gone from the kiosk, at a cycle's end, that the staff archive lacked. */
  deletedUnheld: number;
  /** Acknowledged answers still on the kiosk after the final, unkilled pushes. */
  unconfirmed: number;
  integrityFailures: number;
};

type Options = {
  dataDir: string;
  cycles: number;
  answersPerCycle?: number;
  /** The share of cycles in which each side is killed: each kill costs a process start. */
  killChance?: number;
};

/** How many unkilled pushes the end may take to bring every receipt home. */
const finalPushes = 30;

export async function runLanSoak({
  dataDir,
  cycles,
  answersPerCycle = 3,
  killChance = 0.5,
}: Options): Promise<LanSoakFigures> {
  const staffDir = join(dataDir, 'staff');
  const kioskDir = join(dataDir, 'kiosk');
  mkdirSync(kioskDir, { recursive: true });
  const passphraseFile = await staffFolderWithKeys(staffDir);
  const figures: LanSoakFigures = {
    cycles: 0,
    acknowledged: 0,
    kioskKills: 0,
    staffKills: 0,
    pushesCompleted: 0,
    batchesStored: 0,
    sentAgain: 0,
    lost: 0,
    duplicates: 0,
    deletedUnheld: 0,
    unconfirmed: 0,
    integrityFailures: 0,
  };
  const acknowledged = new Set<string>();
  let receiver: StaffReceiver = await startStaffReceiver(staffDir, passphraseFile);
  const port = receiver.port;
  try {
    await pairKioskOverLan(kioskDir, staffDir, passphraseFile, `127.0.0.1:${port}`);
    // How long answering and a push took last, so kills are drawn over the span they really last here.
    let pushMs = 300;
    let onKiosk = kioskAnswerIds(kioskDir);
    let kiosk: Started | null = null;

    for (let cycle = 0; cycle < cycles; cycle++) {
      kiosk ??= await startKioskProcess(kioskDir);
      const current = kiosk;
      figures.sentAgain += batchesStaffAlreadyHold(kioskDir, staffDir);

      const started = Date.now();
      const from = current.printed();
      current.send(`answer ${answersPerCycle}`);
      current.send('push');
      const killAt = () => randomInt(Math.floor(pushMs * 1.2) + 1);
      // Each side, in a share of the cycles, is killed at a moment drawn over the span answering
      // and a push last: mid-answer, mid-upload, mid-import, mid-receipt, or just after.
      const kioskKill =
        Math.random() < killChance ? setTimeout(() => void current.kill(), killAt()) : undefined;
      // A killed receiver comes back at once on the same port, as a PC switched on again, while the
      // kiosk may still be pushing: it meets a refused connection, a dropped one, or the new process.
      const staffDown =
        Math.random() < killChance
          ? moment(killAt()).then(async () => {
              await receiver.kill();
              figures.staffKills++;
              receiver = await startStaffReceiver(staffDir, passphraseFile, port);
            })
          : null;
      const answered = current.until(/^answered (.*)$/m, from).then(
        ([, ids]): string[] => ids!.split(','),
        () => [],
      );
      const pushed = await current.until(/^pushed /m, from).then(
        () => true,
        () => false,
      );
      clearTimeout(kioskKill);
      for (const id of await answered) acknowledged.add(id);
      if (pushed) {
        figures.pushesCompleted++;
        if (staffDown === null) pushMs = Math.max(50, Date.now() - started);
      } else {
        figures.kioskKills++;
        kiosk = null;
      }
      await staffDown;

      const nowOnKiosk = kioskAnswerIds(kioskDir);
      const held = staffAnswerIds(staffDir);
      for (const id of onKiosk) if (!nowOnKiosk.has(id) && !held.has(id)) figures.deletedUnheld++;
      onKiosk = nowOnKiosk;
      figures.cycles++;
    }

    // Both sides left alone until every receipt is home: a condition, however long the machine takes.
    kiosk ??= await startKioskProcess(kioskDir);
    for (let attempt = 0; attempt < finalPushes && kioskAnswerIds(kioskDir).size > 0; attempt++) {
      const from = kiosk.printed();
      kiosk.send('push');
      await kiosk.until(/^pushed /m, from);
    }
    await kiosk.kill();
  } finally {
    await receiver.kill();
  }

  const held = staffAnswerIds(staffDir);
  const remaining = kioskAnswerIds(kioskDir);
  figures.acknowledged = acknowledged.size;
  figures.lost = [...acknowledged].filter((id) => !held.has(id) && !remaining.has(id)).length;
  figures.unconfirmed = remaining.size;
  const archive = readStaffArchive(staffDir);
  figures.batchesStored = archive.batches;
  figures.duplicates = archive.duplicates;
  figures.integrityFailures = archive.integrityFailures + kioskIntegrityFailures(kioskDir);
  return figures;
}

/** A staff data folder with staff keys, and a passphrase file that opens them. */
async function staffFolderWithKeys(staffDir: string) {
  const setup = openStaff({ dataDir: staffDir, log: silentLog });
  await storeStaffIdentity(setup.db, await generateStaffIdentity(), testPassphrase, testSealing);
  await setup.close();
  const passphraseFile = join(staffDir, '..', 'passphrase.txt');
  writeFileSync(passphraseFile, testPassphrase + '\n', { mode: 0o600 });
  return passphraseFile;
}

/**
 * Reads a database. The kiosk's is read only between pushes, with no kiosk process running, and
 * opened as a writer: a push killed mid-write leaves a journal only a writer rolls back. The staff
 * database is read beside its running receiver, which did that when it started.
 */
function readDb<T>(file: string, readonly: boolean, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const kioskAnswerIds = (kioskDir: string) =>
  new Set(
    readDb(join(kioskDir, kioskDatabaseFile), false, (db) =>
      db.prepare<[], string>('SELECT id FROM responses').pluck().all(),
    ),
  );

const staffAnswerIds = (staffDir: string) =>
  new Set(
    readDb(join(staffDir, staffDatabaseFile), true, (db) =>
      db.prepare<[], string>('SELECT id FROM responses').pluck().all(),
    ),
  );

/** Batches the kiosk has yet to mark delivered that staff hold already (imported or in the inbox). */
function batchesStaffAlreadyHold(kioskDir: string, staffDir: string): number {
  const inbox = new Set(readdirSafe(join(staffDir, 'inbox')));
  const imported = new Set(
    readDb(join(staffDir, staffDatabaseFile), true, (db) =>
      db.prepare<[], string>('SELECT hash FROM batches').pluck().all(),
    ),
  );
  const waiting = readDb(join(kioskDir, kioskDatabaseFile), false, (db) =>
    db
      .prepare<[], { hash: string; ciphertext: Buffer }>(
        'SELECT hash, ciphertext FROM batches WHERE written = 0',
      )
      .all(),
  );
  return waiting.filter(
    ({ hash, ciphertext }) =>
      imported.has(hash) || inbox.has(`${createHash('sha256').update(ciphertext).digest('hex')}.age`),
  ).length;
}

function readdirSafe(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Counted twice anywhere: an id, a batch's hash, or the tallies the reports read beside the answers. */
function readStaffArchive(staffDir: string) {
  // Not read-only: a receiver killed last may have left a journal only a writer can roll back.
  const db = new Database(join(staffDir, staffDatabaseFile));
  try {
    const one = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
    const answers = one('SELECT count(*) FROM responses');
    const duplicates =
      answers -
      one('SELECT count(DISTINCT id) FROM responses') +
      one('SELECT count(*) - count(DISTINCT hash) FROM batches') +
      Math.abs(one('SELECT coalesce(sum(response_count), 0) FROM batches') - answers) +
      Math.abs(one('SELECT coalesce(sum(count), 0) FROM answer_counts') - answers);
    return {
      batches: one('SELECT count(*) FROM batches'),
      duplicates,
      integrityFailures: db.pragma('integrity_check', { simple: true }) === 'ok' ? 0 : 1,
    };
  } finally {
    db.close();
  }
}

function kioskIntegrityFailures(kioskDir: string): number {
  const db = new Database(join(kioskDir, kioskDatabaseFile));
  try {
    return db.pragma('integrity_check', { simple: true }) === 'ok' ? 0 : 1;
  } finally {
    db.close();
  }
}

/** A random moment to kill at: not a wait for something to happen, but when the power goes. */
const moment = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
