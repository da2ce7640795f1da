import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { decryptWith } from '../../../../electron/core/batch/age.ts';
import { openBatch } from '../../../../electron/core/batch/open-batch.ts';
import { sealBatch } from '../../../../electron/core/batch/seal.ts';
import { batchHash, signBatch, signedBytes } from '../../../../electron/core/batch/signature.ts';
import { verifySignature } from '../../../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../../../electron/core/keys/fingerprint.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { readStaffKeyBackup } from '../../../../electron/core/staff/keys/backup-file.ts';
import { approveKiosk } from '../../../../electron/core/staff/kiosks.ts';
import { openStaff } from '../../../../electron/core/staff/open-staff.ts';
import { buildReport } from '../../../../electron/core/staff/report.ts';
import { parseSecretKeyText } from '../../../../electron/core/staff/keys/secret-keys-format.ts';
import { fixedClock } from '../../../helpers/kiosk-and-staff.ts';
import { projectRoot } from '../../../helpers/project.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

type Vector = {
  file: string;
  plaintext: string;
  signedBytes: string;
  kioskId: string;
  seq: number;
  prevHash: string | null;
  hash: string;
};

/** Both folders' batches are made by one kiosk key to the same two staff keys, kept in batch-v1. */
const keysFolder = join(projectRoot, 'tests', 'fixtures', 'batch-v1');
const readKeys = (name: string) => readFileSync(join(keysFolder, name));

/** Each format version's vectors, and what importing them must store. */
const vectorSets = ['batch-v1', 'batch-v2', 'batch-v3'].map((name) => {
  const folder = join(projectRoot, 'tests', 'fixtures', name);
  const read = (file: string) => readFileSync(join(folder, file));
  const { batches } = JSON.parse(read('expected.json').toString('utf8')) as { batches: Vector[] };
  return { name, folder, read, batches };
});
const stored = {
  'batch-v1': {
    held: [
      [1, 4],
      [2, 1],
    ],
    comments: ['Kiitos! Soittakaa [•••]', 'Liian pitkä jono'],
    hours: [null, null, null, null, null],
    languages: [null, null, null, null, null],
    centre: null,
    questions: [['visit-today', 2, null, null]],
  },
  // Version 2 says how its kiosk keeps time; this one was set to hours, which are kept.
  'batch-v2': {
    held: [
      [1, 3],
      [2, 1],
    ],
    comments: ['Jonossa meni tunti'],
    hours: [9, 9, 15, 18],
    languages: [null, null, null, null],
    centre: null,
    questions: [['visit-today', 2, null, null]],
  },
  // Version 3 says the kiosk's centre, each question's area and item code, each answer's language.
  'batch-v3': {
    held: [
      [1, 4],
      [2, 2],
    ],
    comments: ['Kahvi loppui kesken'],
    hours: [null, null, null, null, null, null],
    languages: [null, 'en', 'fi', 'selko', 'sv', 'sv'],
    centre: 'Päiväkeskus Majakka',
    questions: [
      ['did-you-get-help-with-your-matter', 1, 'influencing', 'example.1'],
      ['visit-today', 2, null, null],
    ],
  },
} as Record<
  string,
  {
    held: number[][];
    comments: string[];
    hours: (number | null)[];
    languages: (string | null)[];
    centre: string | null;
    questions: [string, number, string | null, string | null][];
  }
>;

const { backupPassphrase } = JSON.parse(readKeys('expected.json').toString('utf8')) as {
  backupPassphrase: string;
};
const kioskKey = JSON.parse(readKeys('kiosk-key.json').toString('utf8')) as {
  kioskId: string;
  publicKey: string;
  privateKey: string;
};
const staffKeys = async (name: string) => {
  const identity = await parseSecretKeyText(readKeys(name).toString('utf8'), name);
  return { identity, ageKey: { identity: identity.ageIdentity, recipient: identity.ageRecipient } };
};

for (const { name, folder, read, batches } of vectorSets) {
  test(`${name}: each vector opens with either staff key to its plaintext, hash and chain`, async () => {
    for (const keysFile of ['staff-office.keys', 'staff-manager.keys']) {
      const { ageKey } = await staffKeys(keysFile);
      for (const vector of batches) {
        const opened = await openBatch(read(vector.file), ageKey);
        assert.deepEqual(
          opened.body,
          JSON.parse(read(vector.plaintext).toString('utf8')).body,
          `${vector.file} with ${keysFile}`,
        );
        assert.equal(opened.hash, vector.hash);
        assert.equal(opened.body.seq, vector.seq);
        assert.equal(opened.body.prevHash, vector.prevHash);
        assert.ok(opened.body.recipients.includes(ageKey.recipient));
      }
    }
    assert.equal(batches[1]!.prevHash, batches[0]!.hash, 'batch 2 chains onto batch 1');
  });

  test(`${name}: the vectors spell out the signature: signed bytes, their SHA-256 as the hash, the kiosk id from the key`, () => {
    assert.equal(fingerprint(kioskKey.publicKey), kioskKey.kioskId);
    for (const vector of batches) {
      const { body, signature } = JSON.parse(read(vector.plaintext).toString('utf8'));
      const signed = read(vector.signedBytes);
      assert.ok(signed.subarray(0, 19).equals(Buffer.from('kuulluksi-batch-v1\n')));
      assert.ok(signedBytes(body).equals(signed), vector.signedBytes);
      assert.equal(createHash('sha256').update(signed).digest('hex'), vector.hash);
      assert.ok(verifySignature(kioskKey.publicKey, signed, signature));
      assert.equal(body.kioskId, vector.kioskId);
    }
  });

  test(`${name}: the standard age tool decrypts each vector to exactly its plaintext bytes`, () => {
    for (const vector of batches) {
      const plaintext = execFileSync('age', [
        '-d',
        '-i',
        join(keysFolder, 'staff-office.keys'),
        join(folder, vector.file),
      ]);
      assert.ok(plaintext.equals(read(vector.plaintext)), vector.file);
    }
  });

  test(`${name}: today’s kiosk code signs the vectors’ bodies to the same bytes and hash, and today’s reader accepts what it seals`, async () => {
    const { ageKey } = await staffKeys('staff-office.keys');
    const keys = { publicKey: kioskKey.publicKey, privateKey: kioskKey.privateKey };
    for (const vector of batches) {
      const { body } = JSON.parse(read(vector.plaintext).toString('utf8'));
      assert.equal(
        JSON.stringify(signBatch(body, keys)),
        read(vector.plaintext).toString('utf8'),
        'Ed25519 and the JSON are deterministic',
      );
      assert.equal(batchHash(body), vector.hash);
      const sealed = await sealBatch(body, keys);
      assert.equal(sealed.hash, vector.hash);
      assert.ok(
        Buffer.from(await decryptWith(ageKey.identity, sealed.ciphertext)).equals(read(vector.plaintext)),
      );
      assert.equal((await openBatch(sealed.ciphertext, ageKey)).hash, vector.hash);
    }
  });

  test(`${name}: imported into a staff store, the vectors are held for an unknown kiosk, then counted once it is approved`, async () => {
    const { identity } = await staffKeys('staff-office.keys');
    const staff = openStaff({ dataDir: tempDir() });
    const stick = tempDir();
    for (const vector of batches) copyFileSync(join(folder, vector.file), join(stick, vector.file));
    const expected = stored[name]!;
    try {
      const summary = await importBatchFiles(staff.db, identity, [stick], { clock: fixedClock });
      assert.deepEqual(summary.rejected, []);
      assert.deepEqual(
        summary.held.map((batch) => [batch.kioskId, batch.seq, batch.responses]),
        expected.held.map(([seq, responses]) => [kioskKey.kioskId, seq, responses]),
      );
      assert.deepEqual(summary.gaps, []);
      assert.equal(buildReport(staff.db).questions.length, 0, 'held answers are in no report');
      approveKiosk(staff.db, kioskKey.kioskId);
      assert.deepEqual(
        buildReport(staff.db, { minCellSize: 1 }).questions.reduce(
          (sum, question) => sum + (question.total ?? 0),
          0,
        ),
        expected.hours.length,
      );
      const column = (sql: string) => staff.db.prepare(sql).pluck().all();
      assert.deepEqual(
        column('SELECT comment FROM responses WHERE comment IS NOT NULL ORDER BY comment'),
        expected.comments,
      );
      assert.deepEqual(column('SELECT hour FROM responses ORDER BY hour'), expected.hours);
      assert.deepEqual(column('SELECT language FROM responses ORDER BY language'), expected.languages);
      // Counted as they are stored: an answer whose batch names no language is of unknown language.
      const counted = staff.db
        .prepare<[], { language: string; count: number }>('SELECT language, count FROM answer_counts')
        .all()
        .flatMap(({ language, count }) => Array<string>(count).fill(language));
      assert.deepEqual(counted.sort(), expected.languages.map((language) => language ?? 'unknown').sort());
      assert.deepEqual(column('SELECT centre FROM kiosks'), [expected.centre]);
      assert.deepEqual(
        staff.db.prepare('SELECT id, version, area, item_code FROM questions ORDER BY id').raw().all(),
        expected.questions,
      );
    } finally {
      staff.close();
    }
  });
}

test('the backup vector opens with its passphrase to the office keys', async () => {
  const { identity } = await staffKeys('staff-office.keys');
  const restored = await readStaffKeyBackup(
    join(keysFolder, 'staff-office.backup.age'),
    () => backupPassphrase,
  );
  assert.deepEqual(restored, identity);
});
