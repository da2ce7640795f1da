import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type RemovedKind, scrubFreeText, scrubMarker } from '../../../shared/scrub/index.ts';
import { type PiiCase, ordinarySentences, piiCases } from './scrub-corpus.ts';

const cases = piiCases();
const ordinary = ordinarySentences();
const shown = (input: string, output: string) => `${JSON.stringify(input)} became ${JSON.stringify(output)}`;

function assertRedacted({ kind, value, input, expected }: PiiCase) {
  const { text, removed } = scrubFreeText(input);
  for (const run of value.match(/\d+/g) ?? [])
    assert.ok(!text.includes(run), `leaks ${run}: ${shown(input, text)}`);
  assert.equal(text, expected, shown(input, text));
  assert.deepEqual(removed, [kind], `removed ${JSON.stringify(removed)}, not ${kind}: ${shown(input, text)}`);
}

test('the generated corpus holds over a thousand cases of personal data, every kind among them', () => {
  assert.ok(cases.length >= 1000, `only ${cases.length} cases`);
  const kinds: RemovedKind[] = ['identity-code', 'phone', 'email', 'iban'];
  for (const kind of kinds)
    assert.ok(cases.filter((c) => c.kind === kind).length >= 100, `too few ${kind} cases`);
});

for (const [kind, name] of [
  [
    'identity-code',
    'identity code, with a valid or a wrong check character, any century sign in either case',
  ],
  ['phone', 'phone number, Finnish or foreign, in any common writing'],
  ['email', 'e-mail address, also written with (at), [at], a full-width ＠ or a word for @'],
  ['iban', 'IBAN, grouped or compact, upper or lower case'],
] as const) {
  test(`every generated ${name} is replaced by the marker and named as ${kind}`, () => {
    for (const piiCase of cases.filter((c) => c.kind === kind)) assertRedacted(piiCase);
  });
}

test('ordinary sentences with dates, times, prices, rooms, addresses, years and counts come back unchanged', () => {
  for (const sentence of ordinary) {
    const { text, removed } = scrubFreeText(sentence);
    assert.equal(text, sentence, shown(sentence, text));
    assert.deepEqual(removed, [], shown(sentence, text));
  }
});

test('text without personal data comes back as the very same string, with nothing removed', () => {
  const sentence = 'Kiitos, täällä on hyvä olla. Tack! Thank you.';
  const result = scrubFreeText(sentence);
  assert.ok(Object.is(result.text, sentence));
  assert.deepEqual(result.removed, []);
  assert.deepEqual(scrubFreeText(''), { text: '', removed: [] });
});

test('scrubbing scrubbed text changes nothing and removes nothing more', () => {
  for (const input of [
    ...cases.map((c) => c.input),
    ...ordinary,
    scrubMarker,
    `${scrubMarker}${scrubMarker} ${scrubMarker}`,
  ]) {
    const once = scrubFreeText(input).text;
    const twice = scrubFreeText(once);
    assert.equal(twice.text, once, shown(once, twice.text));
    assert.deepEqual(twice.removed, [], shown(once, twice.text));
  }
});

test('several kinds in one text are all removed and listed in the order they appear', () => {
  const input =
    'Sposti matti.m+x@example.fi, tili FI21 1234 5600 0007 85, hetu 131052-308T ja puh. 040 123 4567.';
  assert.deepEqual(scrubFreeText(input), {
    text: `Sposti ${scrubMarker}, tili ${scrubMarker}, hetu ${scrubMarker} ja puh. ${scrubMarker}.`,
    removed: ['email', 'iban', 'identity-code', 'phone'],
  });
  const reversed = 'Puh +358401234567 / hetu 131052A308T / tili fi2112345600000785 / anna(at)hel.fi';
  assert.deepEqual(scrubFreeText(reversed).removed, ['phone', 'identity-code', 'iban', 'email']);
});

test('an IBAN is removed as one IBAN, not as phone numbers, and an identity code not as a phone number', () => {
  assert.deepEqual(scrubFreeText('FI21 1234 5600 0007 85').removed, ['iban']);
  assert.deepEqual(scrubFreeText('131052-308T').removed, ['identity-code']);
  assert.deepEqual(scrubFreeText('0401234567@example.fi').removed, ['email']);
});

test('a wrong check character or an impossible date does not save an identity code', () => {
  for (const input of ['310299-999Z', '300252A123G', '010100+000O', '311299Y1234']) {
    assert.deepEqual(
      scrubFreeText(`hetu ${input} ok`),
      { text: `hetu ${scrubMarker} ok`, removed: ['identity-code'] },
      input,
    );
  }
});

test('a number typed next to a phone number never leaves a piece of the phone number visible', () => {
  assert.equal(scrubFreeText('soita klo 14 040 123 4567').text, `soita klo ${scrubMarker}`);
  assert.equal(scrubFreeText('040 123 4567 0407654321').text, scrubMarker);
  assert.equal(scrubFreeText('summa 1 040 123 456').text, `summa 1 ${scrubMarker}`);
});

test('a long text mixing every kind with ordinary sentences is scrubbed as each piece would be alone', () => {
  const pieces: Array<{ input: string; expected: string; removed: RemovedKind[] }> = [];
  for (let i = 0; pieces.reduce((length, piece) => length + piece.input.length + 1, 0) < 10_000; i += 1) {
    const piiCase = cases[(i * 7) % cases.length]!;
    const sentence = ordinary[i % ordinary.length]!;
    pieces.push({ input: piiCase.input, expected: piiCase.expected, removed: [piiCase.kind] });
    pieces.push({ input: sentence, expected: sentence, removed: [] });
  }
  const input = pieces.map((piece) => piece.input).join('\n');
  const result = scrubFreeText(input);
  assert.ok(input.length >= 10_000);
  assert.equal(result.text, pieces.map((piece) => piece.expected).join('\n'));
  assert.deepEqual(
    result.removed,
    pieces.flatMap((piece) => piece.removed),
  );
});

test('a long unbroken stretch of digits and separators is removed as one, without a piece left', () => {
  const input = `alku ${'12 34-'.repeat(2000)}56 loppu`;
  assert.deepEqual(scrubFreeText(input), { text: `alku ${scrubMarker} loppu`, removed: ['phone'] });
});
