/**
 * P2: one answer stored durably. The kiosk core's `kiosk.submitResponse` handler (checks, coarse
 * time, the insert committed with synchronous=FULL) against better-sqlite3 alone inserting the
 * same row into the same schema with the same pragmas, on the same disk, one insert each in turn.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
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
    // Enough that both write-ahead logs have passed SQLite's automatic checkpoint (1,000 pages) and
    // write into space they already have, as a kiosk's does after its first hour: a log that still
    // grows makes each fsync update the file's size too, 20-30% dearer.
    const warmUp = 1000;
    return withScratch('p2', async (folder) => {
      const kiosk = openKiosk({ dataDir: join(folder, 'ours'), log: silentLog, usbRoots: [] });
      // The bare database: a copy of the kiosk's fresh schema (and its questions, which the
      // foreign key checks), opened with nothing but the pragmas openDatabase() sets.
      kiosk.db.prepare('VACUUM INTO ?').run(join(folder, 'bare.sqlite3'));
      const bare = new Database(join(folder, 'bare.sqlite3'));
      try {
        for (const pragma of [
          'busy_timeout = 5000',
          'journal_mode = WAL',
          'synchronous = FULL',
          'foreign_keys = ON',
        ])
          bare.pragma(pragma);
        const today = await kiosk.handlers['kiosk.today']({});
        if (!today.open) throw new Error('P2: the fresh kiosk is closed');
        const { id: questionId, version: questionVersion } = today.question;
        const submit = kiosk.handlers['kiosk.submitResponse'];
        const insert = bare.prepare(
          'INSERT INTO responses (id, question_id, question_version, value, day, day_part, hour, repeat) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        );
        const ours = () => timedSync(() => submit({ questionId, questionVersion, value: 4, repeat: false }));
        const peer = () =>
          timedSync(() =>
            insert.run(randomUUID(), questionId, questionVersion, 4, '2026-11-22', 'afternoon', null, 0),
          );
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
            `better-sqlite3 insert, same schema and pragmas: ${of}`,
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
