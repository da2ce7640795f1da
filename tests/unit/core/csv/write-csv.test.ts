import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, writeCsv } from '../../../../electron/core/csv/write-csv.ts';
import { readCsv } from '../../../helpers/read-csv.ts';

test('a CSV starts with a byte order mark, splits on ; and ends every row, the last too, with CRLF', () => {
  assert.equal(
    writeCsv(
      ['a', 'b'],
      [
        ['x', 1],
        [null, 2.5],
      ],
    ),
    '\uFEFFa;b\r\nx;1\r\n;2.5\r\n',
  );
});

test('a text with ; quotes, a comma or a line break is one quoted field, quotes doubled', () => {
  const text = 'yksi; "kaksi", kolme\r\nneljä\nviisi';
  const csv = writeCsv(['text'], [[text]]);
  assert.deepEqual(readCsv(csv), [['text'], [text]]);
  assert.equal(csvField('sanoi "hei"'), '"sanoi ""hei"""');
});

test('a text a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    assert.ok(
      readCsv(writeCsv(['t'], [[`${start}1+1`]]))[1]![0]!.startsWith(`'${start}`),
      JSON.stringify(start),
    );
  }
  assert.equal(csvField(-3), '-3', 'a negative number is a number, not a formula');
  assert.equal(csvField('Hyvä'), 'Hyvä');
});

test('leading or trailing spaces are kept by quoting, so a spreadsheet does not trim them away', () => {
  assert.equal(csvField(' kyllä '), '" kyllä "');
});
