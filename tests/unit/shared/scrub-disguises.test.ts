/**
 * The disguises an attacker's review found the scrubber missing, one table per disguise. Every
 * value is tried inside Finnish, Swedish and English words, and must come out as the marker alone,
 * named by its kind, with the words around it unchanged.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type RemovedKind, scrubFreeText, scrubMarker } from '../../../shared/scrub/index.ts';

const contexts = {
  fi: 'Tässä tietoni: {}, soittakaa tai kirjoittakaa.',
  sv: 'Mina uppgifter är {} om ni vill nå mig.',
  en: 'You can reach me on {} any time.',
};

type Row = { value: string; kind: RemovedKind };

function assertEachRemoved(rows: readonly Row[]) {
  for (const { value, kind } of rows) {
    for (const [language, context] of Object.entries(contexts)) {
      const input = context.replace('{}', value);
      const { text, removed } = scrubFreeText(input);
      const shown = `${language}: ${JSON.stringify(input)} became ${JSON.stringify(text)}`;
      assert.equal(text, context.replace('{}', scrubMarker), shown);
      assert.deepEqual(removed, [kind], `${shown}, removed ${JSON.stringify(removed)}`);
    }
  }
}

const phone = (value: string): Row => ({ value, kind: 'phone' });
const email = (value: string): Row => ({ value, kind: 'email' });
const identityCode = (value: string): Row => ({ value, kind: 'identity-code' });

test('a phone number with dots between its groups is removed', () => {
  assertEachRemoved([
    phone('040.123.4567'),
    phone('050.1234567'),
    phone('09.1234.5678'),
    phone('040.123.45.67'),
    phone('+358.40.123.4567'),
    phone('+358 40.123.4567'),
    phone('(09).123.4567'),
    phone('00358 6.715.470'),
  ]);
});

test('an e-mail address with its @ and dots spelled out in Finnish, Swedish or English is removed', () => {
  assertEachRemoved([
    email('matti at esimerkki piste fi'),
    email('matti at esimerkki dot fi'),
    email('matti ät esimerkki piste fi'),
    email('matti ät esimerkki.fi'),
    email('matti miukumauku esimerkki piste fi'),
    email('matti kissanhäntä esimerkki pist fi'),
    email('matti at-merkki esimerkki pist fi'),
    email('anna snabel-a exempel punkt se'),
    email('anna at-tecken exempel.se'),
    email('matti (at) esimerkki.fi'),
    email('matti(a)esimerkki.fi'),
    email('matti [at] esimerkki [dot] fi'),
    email('matti{at}esimerkki(piste)com'),
    email('matti.virtanen at gmail.com'),
    email('matti85 at hotmail.com'),
    email('matti piste virtanen ät posti piste esimerkki piste com'),
    email('MATTI AT ESIMERKKI PISTE FI'),
  ]);
});

test('an e-mail address with spaces around its @ or its dots is removed', () => {
  assertEachRemoved([
    email('matti @ esimerkki.fi'),
    email('matti @ esimerkki . fi'),
    email('matti@ esimerkki.fi'),
    email('matti @esimerkki .fi'),
    email('anna.k  @  posti.example.org'),
  ]);
});

test('an identity code with a dotted date, the whole year, or a dot or underscore for its sign is removed', () => {
  assertEachRemoved([
    identityCode('010190.123M'),
    identityCode('010190_123M'),
    identityCode('01.01.90-123M'),
    identityCode('1.1.90-123M'),
    identityCode('13.10.52 308T'),
    identityCode('01.01.90A123B'),
    identityCode('1.1.1990-123M'),
    identityCode('01.01.1990.123M'),
    identityCode('01011990-123M'),
    identityCode('1.1.1990-1030'),
    identityCode('13.10.1952 1003'),
  ]);
});

test('full-width and Arabic-Indic digits are read as digits, and the words around keep their own letters', () => {
  assertEachRemoved([
    phone('０４０ １２３ ４５６７'),
    phone('＋３５８ ４０ １２３ ４５６７'),
    phone('0４0-12３-4567'),
    phone('٠٤٠ ١٢٣ ٤٥٦٧'),
    identityCode('０１０１９０－１２３Ｍ'),
    identityCode('０１０１９０Ａ１２３Ｍ'),
    email('ｍａｔｔｉ＠ｅｓｉｍｅｒｋｋｉ．ｆｉ'),
  ]);
  assert.deepEqual(scrubFreeText('Ｋｉｉｔｏｓ！ ０４０ １２３ ４５６７　ｋｉｉｔｏｓ'), {
    text: `Ｋｉｉｔｏｓ！ ${scrubMarker}　ｋｉｉｔｏｓ`,
    removed: ['phone'],
  });
});

test('zero-width characters inside a value do not hide it', () => {
  assertEachRemoved([
    phone('040\u200b123\u200b4567'),
    phone('040 12\u200c3 45\u200d67'),
    phone('0401\u2060234567'),
    phone('040-123\ufeff-4567'),
    phone('+358\u200b40\u200b1234567'),
    identityCode('010190-12\u200b3M'),
    identityCode('0101\u200d90\u2060-123M'),
    email('matti@esi\u200bmerkki.fi'),
  ]);
});

test('a phone number with underscores between its groups is removed', () => {
  assertEachRemoved([
    phone('040_123_4567'),
    phone('040_1234567'),
    phone('09_1234_5678'),
    phone('+358_40_123_4567'),
    phone('040_123-45 67'),
  ]);
});

test('a full-width or small commercial at works as @', () => {
  assertEachRemoved([
    email('matti＠esimerkki.fi'),
    email('matti﹫esimerkki.fi'),
    email('matti ＠ esimerkki . fi'),
    email('anna.k﹫posti.example.org'),
  ]);
});

test('a number with a few digits hidden by the writer is still removed', () => {
  assertEachRemoved([
    phone('040 123 45xx'),
    phone('040-***-4567'),
    phone('0401234XXX'),
    phone('040 123 ##67'),
    phone('+358 40 123 45••'),
    phone('040 1xx 4567'),
    phone('040.123.45xx'),
    identityCode('010190-XXXX'),
    identityCode('010190-12**'),
    identityCode('01.01.90-1xxx'),
  ]);
});

test('hidden digits count only beside shown ones: too few shown, or an x in a word, is no number', () => {
  for (const sentence of [
    'Numero on 040-xxx-xxxx, en kerro sitä.',
    'Koko XXL ja 3XL, 2x viikossa.',
    'Sain 3 x 100 000 euroa.',
    'Arvosana ***** ja 4/5.',
  ])
    assert.deepEqual(scrubFreeText(sentence), { text: sentence, removed: [] }, sentence);
});
