/**
 * P2: one answer stored durably. The kiosk core's `kiosk.submitResponse` handler (checks, coarse
 * time, a random free slot found and written, committed with synchronous=FULL) against
 * better-sqlite3 alone writing the same slot text into a random slot of the same schema with the
 * same pragmas, on the same disk, one each in turn.
 */
import Database from 'better-sqlite3';
import { randomInt, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { SlotAnswer } from '../electron/core/kiosk/answers/answer-pool.ts';
import { answerSlots, slotText } from '../electron/core/kiosk/answers/slot-text.ts';
import { openKiosk } from '../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../electron/core/log.ts';
import { interleave, timedSync } from './interleave.ts';
import { row, sized, type Benchmark } from './row.ts';
import { withScratch } from './scratch.ts';
import { round } from './stats.ts';

export const p2DurableInsert: Benchmark = {
  id: 'P2',
  async run({ quick, progress }) {
    const inserts = quick ? 300 : 3000;
    // Enough to bring both files into the page cache and our pool through its first growths, as a
    // kiosk's is after its first days.
    const warmUp = 1000;
    return withScratch('p2', async (folder) => {
      const kiosk = openKiosk({ dataDir: join(folder, 'ours'), log: silentLog, usbRoots: [] });
      // The bare database: a copy of the kiosk's fresh schema and its empty answer slots, opened
      // with nothing but the pragmas openDatabase() sets for the kiosk.
      kiosk.db.prepare('VACUUM INTO ?').run(join(folder, 'bare.sqlite3'));
      const bare = new Database(join(folder, 'bare.sqlite3'));
      try {
        for (const pragma of [
          'busy_timeout = 5000',
          'journal_mode = DELETE',
          'synchronous = FULL',
          'foreign_keys = ON',
          'secure_delete = ON',
        ])
          bare.pragma(pragma);
        const today = await kiosk.handlers['kiosk.today']({});
        if (!today.open) throw new Error('P2: the fresh kiosk is closed');
        const { id: questionId, version: questionVersion } = today.question;
        const submit = kiosk.handlers['kiosk.submitResponse'];
        const slots = bare.prepare<[], number>('SELECT count(*) FROM answer_slots').pluck().get()!;
        const write = bare.prepare<[string, number]>('UPDATE answer_slots SET value = ? WHERE slot = ?');
        const answer = (): SlotAnswer => ({
          id: randomUUID(),
          question_id: questionId,
          question_version: questionVersion,
          value: 4,
          day: '2026-11-22',
          day_part: 'afternoon',
          hour: null,
          follow_up: null,
          repeat: 0,
          batch_seq: null,
          comment_slot: null,
        });
        const ours = () => timedSync(() => submit({ questionId, questionVersion, value: 4, repeat: false }));
        const peer = () =>
          timedSync(() => write.run(slotText(answerSlots, answer()), randomInt(1, slots + 1)));
        await interleave(warmUp, ours, peer);
        progress(`P2: ${inserts} durable inserts each, in turn`);
        const { oursMedian, peerMedian, ratio } = await interleave(inserts, ours, peer);
        const stored = kiosk.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM responses').get()!.n;
        if (stored !== warmUp + inserts)
          throw new Error(`P2: ${warmUp + inserts} submits but ${stored} answers stored`);
        const of = `median of ${sized(inserts, 'inserts', quick)}`;
        return [
          row('P2 ours', `kiosk.submitResponse, committed: ${of}`, round(oursMedian * 1000, 0), 'µs'),
          row(
            'P2 bare',
            `better-sqlite3 write of one random slot, same schema and pragmas: ${of}`,
            round(peerMedian * 1000, 0),
            'µs',
          ),
          row('P2 ratio', 'ours / bare, in turns on the same disk', round(ratio, 2), '×', 1.1),
        ];
      } finally {
        bare.close();
        kiosk.close();
      }
    });
  },
};
