import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { BatchProblem } from '../../../../shared/batch-problems.ts';
import { BatchRejection } from '../../../../electron/core/batch/batch-rejection.ts';
import { openBatch } from '../../../../electron/core/batch/open-batch.ts';
import { pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

/**
 * A damaged batch and a batch for another staff key send staff to different fixes (copy the
 * file again, or take it to the computer with that key), so openBatch tells them apart. Every
 * file here is real: written by the kiosk's own export, or by the `age` tool.
 */

const damagedReason = /^it is damaged or incomplete \(age: .+\): copy it again from the kiosk's stick$/;
const otherKeyReason =
  /^none of its recipients is this staff key: it was made for another staff key, or it is damaged at its very start$/;

/** A batch the kiosk exported, the staff key it was made for, and where its parts begin. */
async function exportedBatch() {
  const { kiosk, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [5, 4, 4, 2, 1]);
  const { written } = await kiosk.exportTo(usb);
  const bytes = readFileSync(written[0]!.file);
  const text = bytes.toString('latin1');
  const stanza = text.indexOf('-> X25519 ');
  const macLine = text.indexOf('\n--- ') + 1;
  return {
    bytes,
    staffKey: { identity: identity.ageIdentity, recipient: identity.ageRecipient },
    /** The ephemeral share on the stanza line, and the wrapped file key on the line below it. */
    share: stanza + '-> X25519 '.length,
    wrappedKey: text.indexOf('\n', stanza) + 1,
    mac: macLine + '--- '.length,
    payload: text.indexOf('\n', macLine) + 1,
  };
}

/** The file with the base64 character at `at` swapped for another valid one: still well-formed, no longer what was written. */
function withCharSwapped(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41; // 'A' or 'B'
  return copy;
}

function withBitFlipped(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at]! ^= 0x01;
  return copy;
}

async function problemOf(
  bytes: Uint8Array,
  staffKey: { identity: string; recipient: string },
): Promise<{ problem: BatchProblem; reason: string }> {
  try {
    await openBatch(bytes, staffKey);
  } catch (error) {
    if (error instanceof BatchRejection) return { problem: error.problem, reason: error.message };
    throw error;
  }
  assert.fail('the file was opened');
}

test('a batch cut short after its header is damaged or incomplete, wherever it was cut', async () => {
  const { bytes, staffKey, payload } = await exportedBatch();
  for (const at of [payload, payload + 8, payload + 16, payload + 40, bytes.length - 16, bytes.length - 1]) {
    const { problem, reason } = await problemOf(bytes.subarray(0, at), staffKey);
    assert.equal(problem, 'damaged', `cut at ${at} of ${bytes.length}: ${reason}`);
    assert.match(reason, damagedReason);
  }
});

test('one byte flipped in the payload, or in its last tag, is damage', async () => {
  const { bytes, staffKey, payload } = await exportedBatch();
  for (const at of [payload + 3, payload + 16 + 20, bytes.length - 1]) {
    const { problem, reason } = await problemOf(withBitFlipped(bytes, at), staffKey);
    assert.equal(problem, 'damaged', `flipped at ${at}: ${reason}`);
    assert.match(reason, /\(age: invalid tag\)/);
  }
});

test('one character changed in the header MAC is damage: the stanza still opens with this key', async () => {
  const { bytes, staffKey, mac } = await exportedBatch();
  const { problem, reason } = await problemOf(withCharSwapped(bytes, mac + 10), staffKey);
  assert.equal(problem, 'damaged');
  assert.match(reason, /\(age: invalid header HMAC\)/);
  assert.match(reason, damagedReason);
});

test('one character changed in the stanza cannot be told from another key, and the reason says both', async () => {
  const { bytes, staffKey, share, wrappedKey } = await exportedBatch();
  for (const [what, at] of [
    ['ephemeral share', share + 10],
    ['wrapped file key', wrappedKey + 10],
  ] as const) {
    const { problem, reason } = await problemOf(withCharSwapped(bytes, at), staffKey);
    assert.equal(problem, 'other-staff-key', what);
    assert.match(reason, otherKeyReason, what);
  }
  // A stanza age cannot even read is no one's: that is damage.
  const unreadable = Buffer.from(bytes);
  unreadable[wrappedKey + 10] = '!'.charCodeAt(0);
  assert.equal((await problemOf(unreadable, staffKey)).problem, 'damaged');
});

test('a whole batch made for another staff key, by the kiosk or by the age tool, is for another key', async () => {
  const { bytes } = await exportedBatch();
  const other = await pairedKioskAndStaff();
  const otherKey = { identity: other.identity.ageIdentity, recipient: other.identity.ageRecipient };
  const byKiosk = await problemOf(bytes, otherKey);
  assert.equal(byKiosk.problem, 'other-staff-key');
  assert.match(byKiosk.reason, otherKeyReason);

  const keys = join(tempDir(), 'someone-else.txt');
  execFileSync('age-keygen', ['-o', keys], { stdio: 'ignore' });
  const byAge = execFileSync('age', ['-e', '-i', keys], { input: '{"body":{}}' });
  const byAgeTool = await problemOf(byAge, otherKey);
  assert.equal(byAgeTool.problem, 'other-staff-key');
  assert.match(byAgeTool.reason, otherKeyReason);
});
