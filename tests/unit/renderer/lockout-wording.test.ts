import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstLockoutSeconds, longestLockoutSeconds } from '../../../shared/admin-access.ts';
import { adminText } from '../../../renderer/i18n/admin/index.ts';
import { readableDetail } from '../../../renderer/kiosk/admin/overview/readable-detail.ts';
import { kioskAtReception } from '../../helpers/admin-kiosk.ts';

const fi = adminText('fi');
const sv = adminText('sv');
const en = adminText('en');

test('the pad says how long a lock lasts, rounded up to the minute, in hours from an hour on', () => {
  assert.equal(fi.lockedOut(300), 'Liian monta väärää yritystä. Kokeile uudelleen 5 minuutin kuluttua.');
  assert.equal(fi.lockedOut(61), 'Liian monta väärää yritystä. Kokeile uudelleen 2 minuutin kuluttua.');
  assert.equal(
    fi.lockedOut(4800),
    'Liian monta väärää yritystä. Kokeile uudelleen 1 tunnin ja 20 minuutin kuluttua.',
  );
  assert.equal(
    fi.lockedOut(longestLockoutSeconds),
    'Liian monta väärää yritystä. Kokeile uudelleen 24 tunnin kuluttua.',
  );
  assert.equal(sv.lockedOut(60), 'För många felaktiga försök. Försök igen om 1 minut.');
  assert.equal(sv.lockedOut(7260), 'För många felaktiga försök. Försök igen om 2 timmar och 1 minut.');
  assert.equal(en.lockedOut(30), 'Too many wrong tries. Try again in 1 minute.');
  assert.equal(en.lockedOut(3600), 'Too many wrong tries. Try again in 1 hour.');
  assert.equal(en.lockedOut(86_399), 'Too many wrong tries. Try again in 24 hours.');
});

test('a lockout the core logged is worded in reception’s change log, with how long it lasted', async () => {
  const { kiosk, time } = await kioskAtReception();
  for (const wait of [firstLockoutSeconds, 2 * firstLockoutSeconds]) {
    for (let i = 0; i < 5; i++) await kiosk.handlers['admin.unlock']({ pin: '1111' });
    time.advanceSeconds(wait);
  }
  const worded = (words: typeof fi, language: 'fi' | 'sv' | 'en') =>
    kiosk.changeLog
      .entries()
      .slice(0, 2)
      .map((entry) => readableDetail(entry, words, language, (id) => id));
  assert.deepEqual(worded(fi, 'fi'), [
    'liian monta väärää PIN-koodia: lukittu 10 minuutin ajaksi',
    'liian monta väärää PIN-koodia: lukittu 5 minuutin ajaksi',
  ]);
  assert.deepEqual(worded(sv, 'sv'), [
    'för många felaktiga PIN-koder: låst i 10 minuter',
    'för många felaktiga PIN-koder: låst i 5 minuter',
  ]);
  assert.deepEqual(worded(en, 'en'), [
    'too many wrong PINs: locked for 10 minutes',
    'too many wrong PINs: locked for 5 minutes',
  ]);
});
