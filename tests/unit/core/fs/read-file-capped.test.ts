import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LinkNotFollowedError, readFileCapped } from '../../../../electron/core/fs/read-file-capped.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const onLinux = process.platform === 'linux' ? false : 'needs Linux (/proc, mkfifo)';

test('a file within the cap is read whole, an empty one as nothing', async () => {
  const dir = tempDir();
  const content = Buffer.from('{"receipt":true}');
  writeFileSync(join(dir, 'small'), content);
  writeFileSync(join(dir, 'empty'), '');
  assert.deepEqual(await readFileCapped(join(dir, 'small'), 1024), content);
  assert.deepEqual(await readFileCapped(join(dir, 'small'), content.length), content);
  assert.equal((await readFileCapped(join(dir, 'empty'), 1024)).length, 0);
});

test('a file over the cap gives exactly one byte more than the cap, so the caller can refuse it', async () => {
  const dir = tempDir();
  const content = Buffer.from('0123456789abcdef');
  writeFileSync(join(dir, 'large'), content);
  assert.deepEqual(await readFileCapped(join(dir, 'large'), 10), content.subarray(0, 11));
  assert.deepEqual(await readFileCapped(join(dir, 'large'), content.length - 1), content);
});

test(
  'a file holding more than its size said (here /proc, whose files say 0) is read on, up to the cap',
  { skip: onLinux },
  async () => {
    const expected = readFileSync('/proc/version');
    assert.ok(expected.length > 20);
    assert.deepEqual(await readFileCapped('/proc/version', 4096), expected);
    assert.deepEqual(await readFileCapped('/proc/version', 20), expected.subarray(0, 21));
  },
);

test(
  'a folder, a FIFO or a device is refused without blocking, saying what it is',
  { skip: onLinux },
  async () => {
    const dir = tempDir();
    const fifo = join(dir, 'kuulluksi-000001.age');
    execFileSync('mkfifo', [fifo]);
    await assert.rejects(readFileCapped(dir, 1024), { code: 'EISDIR' });
    await assert.rejects(readFileCapped(fifo, 1024), /^Error: it is a pipe \(FIFO\), not a regular file$/);
    await assert.rejects(readFileCapped('/dev/zero', 1024), /^Error: it is a device, not a regular file$/);
  },
);

test('told not to follow links, a link is refused even when it leads to a good file', async () => {
  const dir = tempDir();
  const target = join(dir, 'target.json');
  writeFileSync(target, '{}');
  symlinkSync(target, join(dir, 'link.json'));
  assert.deepEqual(
    await readFileCapped(join(dir, 'link.json'), 1024),
    Buffer.from('{}'),
    'followed by default',
  );
  await assert.rejects(
    readFileCapped(join(dir, 'link.json'), 1024, { followLinks: false }),
    LinkNotFollowedError,
  );
  assert.deepEqual(await readFileCapped(target, 1024, { followLinks: false }), Buffer.from('{}'));
});
