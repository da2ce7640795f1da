/**
 * The kiosk's promise, tried as someone holding a copy of its data folder would try it: tap order
 * must not be recoverable from any file or column, and the words of answers a staff receipt
 * deleted must not remain in any file, also right after a crash and after the recovery from it.
 * See docs/anonymity.md.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { callHost, serve, type RunningHost } from '../../build/serve-host.ts';
import { kioskDatabaseFile, openKiosk, type Kiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';
import { importBatchFiles } from '../../electron/core/staff/import-batches.ts';
import {
  leftovers,
  orderInColumns,
  orderInFiles,
  readFolder,
  revealing,
  uniqueWord,
} from '../helpers/disk-attack.ts';
import { pairedKioskAndStaff } from '../helpers/kiosk-and-staff.ts';
import { nodeBinary, projectRoot } from '../helpers/project.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const answers = 100;

/** One client's answer through the host, as the kiosk screen sends it: a face, then a few words. */
async function tap(host: RunningHost, word: string): Promise<void> {
  const today = await callHost(host.url, 'kiosk.today');
  const { id, version } = today.body.value.question;
  const submitted = await callHost(host.url, 'kiosk.submitResponse', {
    questionId: id,
    questionVersion: version,
    value: 1 + (word.charCodeAt(0) % 5),
  });
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
  const commented = await callHost(host.url, 'kiosk.addComment', {
    responseId: submitted.body.value.responseId,
    text: `Kiitos tästä päivästä ${word}`,
  });
  assert.equal(commented.status, 200, JSON.stringify(commented.body));
}

/** Fails, naming each place, when the copy of `dataDir` taken now reveals the order of `words`. */
function assertOrderHidden(dataDir: string, words: readonly string[], when: string): void {
  const files = readFolder(dataDir);
  assert.deepEqual(missing(files, words), [], `${when}: every answer is in the folder`);
  assert.deepEqual(
    revealing(orderInFiles(files, words)),
    [],
    `${when}: the bytes of a file keep the tap order`,
  );
}

/** The words no file of the folder holds. */
function missing(files: Map<string, Buffer>, words: readonly string[]): string[] {
  const found = new Set(leftovers(files, words).map((place) => place.split(': ').at(-1)));
  return words.filter((word) => !found.has(word));
}

function assertColumnsHideOrder(dataDir: string, words: readonly string[], when: string): void {
  const inColumns = orderInColumns(join(dataDir, kioskDatabaseFile), words);
  assert.ok(inColumns.length > 0, `${when}: the answers were found in the tables`);
  assert.deepEqual(revealing(inColumns), [], `${when}: a column sorts into tap order`);
}

test('answers tapped one by one through the host cannot be put back in order from the data folder', async () => {
  const dataDir = tempDir('kuulluksi-kiosk-');
  const host = await serve('kiosk', dataDir);
  const words: string[] = [];
  try {
    for (let n = 0; n < answers; n++) {
      words.push(uniqueWord());
      await tap(host, words.at(-1)!);
    }
    assertOrderHidden(dataDir, words, 'while the kiosk runs');
  } finally {
    await host.stop();
  }
  assertOrderHidden(dataDir, words, 'after it stopped');
  assertColumnsHideOrder(dataDir, words, 'after it stopped');
});

test('killed at random moments while answers arrive, the kiosk leaves no order in its files, before or after recovery', async () => {
  const dataDir = tempDir('kuulluksi-kiosk-');
  const words: string[] = [];
  for (let round = 0; round < 4; round++) {
    const host = await serve('kiosk', dataDir);
    for (let n = 0; n < answers / 4; n++) {
      words.push(uniqueWord());
      await tap(host, words.at(-1)!);
    }
    // One more answer is under way, often in the middle of its commit, when the power goes.
    const inFlight = tap(host, uniqueWord()).catch(() => undefined);
    await host.stop('SIGKILL');
    await inFlight;
    assertOrderHidden(dataDir, words, `right after kill ${round + 1}`);
  }
  openKiosk({ dataDir, log: silentLog }).close();
  assertOrderHidden(dataDir, words, 'after recovery');
  assertColumnsHideOrder(dataDir, words, 'after recovery');
});

/** A kiosk whose answers, each with its own words, went to staff on a stick and came back confirmed. */
async function kioskWithConfirmedAnswers() {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  const confirmed = await comment(kiosk, 30);
  await kiosk.exportTo(usb);
  const waiting = await comment(kiosk, 10);
  await importBatchFiles(staff.db, identity, [usb]);
  return { kiosk, usb, confirmed, waiting, dataDir: join(kiosk.db.name, '..') };
}

async function comment(kiosk: Kiosk, count: number): Promise<string[]> {
  const words = Array.from({ length: count }, uniqueWord);
  for (const word of words) {
    const { responseId } = kiosk.responses.submit({
      questionId: 'visit-today',
      questionVersion: 1,
      value: 3,
    });
    kiosk.responses.addComment(responseId, `Kahvi oli hyvää ${word}`);
  }
  return words;
}

test('after a staff receipt deletes answers, no byte of their words remains in any file of the kiosk', async () => {
  const { kiosk, usb, confirmed, waiting, dataDir } = await kioskWithConfirmedAnswers();
  assert.equal(leftovers(readFolder(dataDir), confirmed).length, confirmed.length, 'the words were there');

  const { receipt } = await kiosk.exportTo(usb);
  assert.equal(receipt?.status === 'applied' && receipt.answersForgotten, confirmed.length);
  assert.deepEqual(leftovers(readFolder(dataDir), confirmed), [], 'while the kiosk runs');
  kiosk.close();
  assert.deepEqual(leftovers(readFolder(dataDir), confirmed), [], 'after it stopped');
  assert.equal(leftovers(readFolder(dataDir), waiting).length, waiting.length, 'answers not confirmed stay');
});

test('a kiosk killed in the middle of deleting confirmed answers deletes all of them once it runs again', async () => {
  const { kiosk, usb, confirmed, dataDir } = await kioskWithConfirmedAnswers();
  kiosk.close();
  // The export applies the receipt inside a transaction the process never gets to commit.
  const child = spawnSync(
    nodeBinary,
    [
      '--input-type=module',
      '-e',
      `import { openKiosk } from ${JSON.stringify(join(projectRoot, 'electron/core/kiosk/open-kiosk.ts'))};
       const kiosk = openKiosk({ dataDir: ${JSON.stringify(dataDir)} });
       kiosk.db.exec('BEGIN IMMEDIATE');
       const { receipt } = await kiosk.exportTo(${JSON.stringify(usb)});
       if (receipt?.status !== 'applied' || receipt.answersForgotten === 0) process.exit(3);
       process.kill(process.pid, 'SIGKILL');`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(child.signal, 'SIGKILL', `the receipt was applied before the kill: ${child.stderr}`);

  const recovered = openKiosk({ dataDir, log: silentLog });
  try {
    assert.deepEqual(
      missing(readFolder(dataDir), confirmed),
      [],
      'the cut-off deletion was rolled back whole: nothing half-deleted',
    );
    const { receipt } = await recovered.exportTo(usb);
    assert.equal(receipt?.status === 'applied' && receipt.answersForgotten, confirmed.length);
  } finally {
    recovered.close();
  }
  const files = readFolder(dataDir);
  assert.deepEqual(leftovers(files, confirmed), []);
  assert.deepEqual([...files.keys()], [kioskDatabaseFile], 'no journal of the cut-off commit is left');
});
