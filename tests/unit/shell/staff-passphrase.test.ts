import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AppError } from '../../../electron/core/errors.ts';
import { loadOrCreateAppPassphrase } from '../../../electron/shell/staff-passphrase.ts';
import { accountStorage } from '../../helpers/secret-storage.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const refusedWith = (code: string, pattern: RegExp) => (error: unknown) =>
  error instanceof AppError && error.code === code && pattern.test(error.message);

test('the app makes a random passphrase once, keeps it only encrypted, and gets the same one back', async () => {
  const file = join(tempDir(), 'staff-passphrase.bin');
  const storage = accountStorage();
  const first = await loadOrCreateAppPassphrase(file, storage);
  assert.match(first, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(readFileSync(file).includes(Buffer.from(first)), false, 'the file holds no plain passphrase');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.equal(await loadOrCreateAppPassphrase(file, storage), first);
});

test('a passphrase file another account or computer encrypted is refused and left as it was', async () => {
  const file = join(tempDir(), 'staff-passphrase.bin');
  await loadOrCreateAppPassphrase(file, accountStorage());
  const before = readFileSync(file);
  await assert.rejects(
    loadOrCreateAppPassphrase(file, accountStorage()),
    refusedWith('storage_failed', /cannot be opened by this user.*backup/),
  );
  assert.ok(readFileSync(file).equals(before));
  writeFileSync(file, 'garbage');
  await assert.rejects(
    loadOrCreateAppPassphrase(file, accountStorage()),
    refusedWith('storage_failed', /cannot be opened/),
  );
});

test('without real protected storage (none, or Linux without a keyring) nothing is written', async () => {
  const folder = tempDir();
  const none = { ...accountStorage(), isEncryptionAvailable: () => false };
  await assert.rejects(
    loadOrCreateAppPassphrase(join(folder, 'a.bin'), none),
    refusedWith('not_ready', /no protected storage/),
  );
  await assert.rejects(
    loadOrCreateAppPassphrase(join(folder, 'b.bin'), accountStorage('basic_text')),
    refusedWith('not_ready', /keyring/),
  );
  assert.throws(() => statSync(join(folder, 'a.bin')));
  assert.throws(() => statSync(join(folder, 'b.bin')));
});
