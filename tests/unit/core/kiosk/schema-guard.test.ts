/**
 * The anonymity guard: every column the kiosk stores and every field a batch can carry is listed
 * here. A new column or field fails this test until someone adds it below, which is the moment to
 * ask whether it could identify a client. When in doubt, collect less.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { batchFileSchema } from '../../../../electron/core/batch/format.ts';
import { receiptFileSchema } from '../../../../electron/core/receipt/format.ts';
import { openKiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../electron/core/log.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const allowedKioskColumns: Record<string, string[]> = {
  admin_access: ['locked_until', 'pin_hash', 'singleton', 'wrong_tries'],
  // Each answer as JSON in a fixed-size slot, its words in another; `responses` is their view.
  answer_slots: ['slot', 'value'],
  // `route`: how a written batch left (a stick or the LAN); nothing about its answers.
  batches: ['ciphertext', 'file_name', 'hash', 'response_count', 'route', 'seq', 'written', 'written_day'],
  // Reception's log of what it changed and when (to the minute): settings, PIN, schedule, bank.
  change_log: ['at', 'detail', 'id', 'subject'],
  comment_slots: ['slot', 'value'],
  kiosk_identity: ['private_key', 'public_key', 'singleton'],
  // The staff PC the kiosk delivers to over the LAN; contact and problem times to the minute.
  lan_receiver: [
    'address',
    'applied_serial',
    'last_contact_at',
    'name',
    'problem',
    'problem_at',
    'problem_detail',
    'receiver_key',
    'singleton',
    'staff_keys',
    'state',
  ],
  question_bank: ['archived', 'area', 'id', 'position', 'verbatim'],
  // `item_code`: the version's code in a national feedback set (THL's), about the question only.
  questions: ['follow_ups', 'free_text', 'id', 'item_code', 'scale', 'texts', 'version'],
  responses: [
    'batch_seq',
    'comment',
    'day',
    'day_part',
    'follow_up',
    'hour',
    'id',
    // The screen's language when the client answered: one of four, never a voice or a keyboard.
    'language',
    'question_id',
    'question_version',
    'repeat',
    'value',
  ],
  schedule: ['singleton', 'value'],
  settings: ['key', 'value'],
  staff_recipients: ['age_recipient', 'fingerprint', 'signing_key'],
  store_events: ['batch_seq', 'day', 'id', 'kind'],
};

const allowedBatchFields = [
  'body',
  // The centre the kiosk stands in, as reception named it: the same for every answer.
  'body.centre',
  'body.format',
  'body.kioskId',
  'body.kioskKey',
  'body.notices',
  'body.notices[].day',
  'body.notices[].kind',
  'body.prevHash',
  'body.questions',
  // A question's THL participation area and item code: about the question, not the client.
  'body.questions[].area',
  'body.questions[].followUps',
  'body.questions[].followUps.negative',
  'body.questions[].followUps.negative[].id',
  'body.questions[].followUps.negative[].pictogram',
  'body.questions[].followUps.negative[].texts',
  'body.questions[].followUps.negative[].texts.en',
  'body.questions[].followUps.negative[].texts.fi',
  'body.questions[].followUps.negative[].texts.selko',
  'body.questions[].followUps.negative[].texts.sv',
  'body.questions[].followUps.positive',
  'body.questions[].followUps.positive[].id',
  'body.questions[].followUps.positive[].pictogram',
  'body.questions[].followUps.positive[].texts',
  'body.questions[].followUps.positive[].texts.en',
  'body.questions[].followUps.positive[].texts.fi',
  'body.questions[].followUps.positive[].texts.selko',
  'body.questions[].followUps.positive[].texts.sv',
  'body.questions[].freeText',
  'body.questions[].id',
  'body.questions[].itemCode',
  'body.questions[].scale',
  'body.questions[].texts',
  'body.questions[].texts.en',
  'body.questions[].texts.fi',
  'body.questions[].texts.selko',
  'body.questions[].texts.sv',
  'body.questions[].version',
  'body.recipients',
  'body.responses',
  'body.responses[].comment',
  'body.responses[].day',
  'body.responses[].dayPart',
  'body.responses[].followUp',
  'body.responses[].hour',
  'body.responses[].id',
  'body.responses[].language',
  'body.responses[].questionId',
  'body.responses[].questionVersion',
  'body.responses[].repeat',
  'body.responses[].value',
  'body.seq',
  // How finely the kiosk keeps time (day-part or hour): a setting, the same for every answer.
  'body.timeGranularity',
  'body.version',
  'signature',
];

test('the kiosk database has no table or column beyond the allowed set', () => {
  const kiosk = openKiosk({ dataDir: tempDir(), log: silentLog });
  try {
    assert.deepEqual(columnsByTable(kiosk.db), allowedKioskColumns);
    kiosk.db.exec('ALTER TABLE answer_slots ADD COLUMN client_ip TEXT');
    assert.notDeepEqual(columnsByTable(kiosk.db), allowedKioskColumns, 'the guard sees a new column');
  } finally {
    kiosk.close();
  }
});

test('an answer in its slot carries no key beyond the columns of the responses view and its words’ slot', () => {
  const kiosk = openKiosk({ dataDir: tempDir(), log: silentLog });
  try {
    const { responseId } = kiosk.responses.submit({
      questionId: 'visit-today',
      questionVersion: 2,
      value: 1,
    });
    kiosk.responses.addComment(responseId, 'Liian kylmä sali');
    const keys = kiosk.db
      .prepare<[], string>(
        "SELECT DISTINCT key FROM answer_slots, json_each(answer_slots.value) WHERE substr(answer_slots.value, 1, 1) = '{' ORDER BY key",
      )
      .pluck()
      .all();
    assert.deepEqual(
      keys,
      [...allowedKioskColumns.responses!.filter((column) => column !== 'comment'), 'comment_slot'].sort(),
    );
  } finally {
    kiosk.close();
  }
});

test('a batch can carry no field beyond the allowed set', () => {
  assert.deepEqual(fieldPaths(batchFileSchema).sort(), allowedBatchFields);
  const withDevice = batchFileSchema.extend({ deviceSerial: z.string() });
  assert.ok(fieldPaths(withDevice).includes('deviceSerial'), 'the guard sees a new field');
});

/** A receipt is plain JSON on a stick: kiosk id, staff key, batch numbers and hashes, nothing else. */
const allowedReceiptFields = [
  'body',
  'body.batches',
  'body.batches[].hash',
  'body.batches[].seq',
  'body.format',
  'body.kioskId',
  'body.staffKey',
  'body.version',
  'signature',
];

test('a receipt can carry no field beyond the allowed set', () => {
  assert.deepEqual(fieldPaths(receiptFileSchema).sort(), allowedReceiptFields);
});

function columnsByTable(db: Database): Record<string, string[]> {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      db
        .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY name')
        .all(name)
        .map((column) => column.name),
    ]),
  );
}

/**
 * Every field path a zod schema admits: objects by key, arrays as `[]`, wrappers looked through,
 * and every option of a union (such as the batch versions) at once.
 */
function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, child]) => [
        prefix + key,
        ...fieldPaths(child, `${prefix}${key}.`),
      ]);
    case 'array':
      return fieldPaths(def.element as z.ZodType, `${prefix.slice(0, -1)}[].`);
    case 'nullable':
    case 'optional':
    case 'default':
      return fieldPaths(def.innerType as z.ZodType, prefix);
    case 'pipe':
      return fieldPaths(def.out as z.ZodType, prefix);
    case 'union':
      return [...new Set((def.options as z.ZodType[]).flatMap((option) => fieldPaths(option, prefix)))];
    case 'record':
    case 'map':
    case 'any':
    case 'unknown':
      throw new Error(`${prefix || 'the batch'} admits fields of any name; list them instead`);
    default:
      return [];
  }
}
