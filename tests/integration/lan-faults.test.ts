import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { kioskDatabaseFile, openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { batchPath, lanLimits } from '../../electron/core/lan/protocol.ts';
import { silentLog } from '../../electron/core/log.ts';
import { pairKioskOverLan, startKuulluksi, startStaffReceiver } from '../crash/lan-processes.ts';
import { submitMany, testPassphrase } from '../helpers/kiosk-and-staff.ts';
import { staffFolderWithKeys } from '../helpers/lan-staff.ts';
import { untilStored } from '../helpers/staff-receive.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { writeFileSync, readdirSync } from 'node:fs';

/**
 * Faults between two real processes over 127.0.0.1: a `kuulluksi staff receive` importing as
 * batches arrive, and kiosks (`kuulluksi kiosk push`) on their own data folder.
 */

/** A staff receiver and a kiosk paired with it over the LAN, the kiosk holding nothing yet. */
async function pairedOverLan() {
  const { dataDir: staffDir } = await staffFolderWithKeys();
  const passphraseFile = join(tempDir(), 'passphrase.txt');
  writeFileSync(passphraseFile, testPassphrase + '\n', { mode: 0o600 });
  const receiver = await startStaffReceiver(staffDir, passphraseFile);
  after(() => receiver.kill());
  const kioskDir = tempDir('kuulluksi-kiosk-');
  await pairKioskOverLan(kioskDir, staffDir, passphraseFile, `127.0.0.1:${receiver.port}`);
  return {
    staffDir,
    kioskDir,
    port: receiver.port,
    push: () => startKuulluksi(['kiosk', 'push', '--data', kioskDir]).exited,
    staffCount: (table: string) =>
      untilStored(
        staffDir,
        (db) => db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get()!,
        () => true,
      ),
  };
}

/** Answers given yesterday morning, so their time slot is over and a push today may send them. */
function answerYesterday(kioskDir: string, values: readonly number[]) {
  const yesterday = new Date();
  yesterday.setDate(yesterday.getDate() - 1);
  yesterday.setHours(10, 0, 0, 0);
  const kiosk = openKiosk({ dataDir: kioskDir, clock: () => yesterday, log: silentLog });
  submitMany(kiosk, values);
  kiosk.close();
}

function kioskRead<T>(kioskDir: string, sql: string): T {
  const db = new Database(join(kioskDir, kioskDatabaseFile), { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as T;
  } finally {
    db.close();
  }
}

test(
  'two kiosk processes pushing one data folder at once deliver each batch once, and every answer reaches staff once',
  { timeout: 300_000 },
  async () => {
    const lan = await pairedOverLan();
    answerYesterday(lan.kioskDir, [5, 4, 3, 2, 1, 5, 4]);
    const runs = await Promise.all([lan.push(), lan.push()]);
    // One may find the other holding the kiosk's database or the batch already sealed; neither may fail
    // in a way that loses or doubles anything.
    assert.ok(
      runs.some((run) => run.status === 0),
      runs.map((run) => run.stderr).join('\n'),
    );

    // Left alone, one more push brings the receipt home.
    await untilStored(
      lan.staffDir,
      (db) => db.prepare('SELECT count(*) FROM responses').pluck().get(),
      (n) => n === 7,
    );
    for (
      let attempt = 0;
      attempt < 10 && kioskRead<number>(lan.kioskDir, 'SELECT count(*) FROM responses') > 0;
      attempt++
    ) {
      await lan.push();
    }
    assert.equal(await lan.staffCount('responses'), 7, 'every answer once');
    assert.equal(
      await lan.staffCount('batches'),
      kioskRead<number>(lan.kioskDir, 'SELECT count(*) FROM batches'),
    );
    assert.equal(
      await untilStored(
        lan.staffDir,
        (db) => db.prepare('SELECT sum(count) FROM answer_counts').pluck().get(),
        () => true,
      ),
      7,
      'the tallies count each answer once',
    );
    assert.equal(
      kioskRead<number>(lan.kioskDir, 'SELECT count(*) FROM responses'),
      0,
      'all confirmed, all forgotten',
    );
  },
);

test(
  'slow-loris connections and an oversized body are refused while a paired kiosk still delivers',
  { timeout: 300_000 },
  async () => {
    const lan = await pairedOverLan();
    answerYesterday(lan.kioskDir, [5, 3]);

    // Connections that send half a request and then nothing, held open past the kiosk's push.
    const slow = Array.from({ length: 8 }, () => openSocket(lan.port));
    for (const socket of slow) socket.write(`PUT ${batchPath('a'.repeat(64))} HTTP/1.1\r\nHost: x\r\n`);
    const closedBySlow = slow.map((socket) => new Promise((resolve) => socket.once('close', resolve)));

    // A body declared larger than any batch: refused on its headers, before a byte of it is read.
    const oversized = openSocket(lan.port);
    oversized.write(
      `PUT ${batchPath('b'.repeat(64))} HTTP/1.1\r\nHost: x\r\nContent-Length: ${lanLimits.maxBatchBytes + 1}\r\n\r\n`,
    );
    const oversizedReply = readReplyHead(oversized);

    const pushed = await lan.push();
    assert.equal(pushed.status, 0, pushed.stderr);
    assert.match(pushed.stdout, /Delivered 1 batch\(es\), 2 answers/);
    await untilStored(
      lan.staffDir,
      (db) => db.prepare('SELECT count(*) FROM responses').pluck().get(),
      (n) => n === 2,
    );

    assert.match(await oversizedReply, /^HTTP\/1\.1 4\d\d /);
    // The receiver drops the slow ones once their headers are overdue.
    await Promise.all(closedBySlow);
    assert.deepEqual(
      readdirSync(join(lan.staffDir, 'inbox')).filter((name) => name !== 'rejected'),
      [],
      'nothing of theirs was kept',
    );
    assert.equal(await lan.staffCount('batches'), 1);
  },
);

function openSocket(port: number): Socket {
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('error', () => {});
  after(() => socket.destroy());
  return socket;
}

/** The status line and headers of the reply, or whatever came before the receiver closed. */
function readReplyHead(socket: Socket): Promise<string> {
  let text = '';
  return new Promise((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n\r\n')) resolve(text);
    });
    socket.once('close', () => resolve(text));
  });
}
