/**
 * P4: staff importing 1,000 batches of 1,000 answers that one kiosk exported (decrypt, verify,
 * store, receipts), against the age tool decrypting the same files.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { importBatchFiles } from '../electron/core/staff/import-batches.ts';
import { openStaff } from '../electron/core/staff/open-staff.ts';
import { ageDecryptEach } from './age-cli.ts';
import { approveUpFront, batchSet, withLinkedBatches } from './fixtures.ts';
import { interleave, timed } from './interleave.ts';
import { profiledIfAsked } from './profile.ts';
import { row, sized, type Benchmark } from './row.ts';
import { withScratch } from './scratch.ts';
import { round } from './stats.ts';

export const p4Import: Benchmark = {
  id: 'P4',
  async run({ quick, progress }) {
    const batches = quick ? 20 : 1000;
    const rounds = 3;
    const set = await batchSet(batches, 1000, progress);
    return withScratch('p4', async (folder) => {
      let runs = 0;
      /** Into a new staff store that approved the kiosk earlier, from a stick holding the batches. */
      const ours = () =>
        withLinkedBatches(set, async (stick) => {
          const dataDir = join(folder, `staff-${++runs}`);
          const staff = openStaff({ dataDir });
          try {
            approveUpFront(staff.db, set.kiosk);
            let imported = 0;
            const ms = await timed(async () => {
              const summary = await profiledIfAsked('p4-import', () =>
                importBatchFiles(staff.db, set.staffKeys.identity, [stick]),
              );
              imported = summary.imported.length;
            });
            if (imported !== batches) throw new Error(`P4: imported ${imported} batches of ${batches}`);
            return ms;
          } finally {
            staff.close();
            rmSync(dataDir, { recursive: true });
          }
        });
      const age = () => ageDecryptEach(set.files, set.staffKeys.file);
      progress(`P4: ${rounds} rounds of importing ${batches} batches, against age`);
      const { oursMedian, peerMedian, ratio } = await interleave(rounds, ours, age, (done) =>
        progress(`P4: round ${done} of ${rounds}`),
      );
      const what = `${sized(batches, 'batches', quick)} × 1,000 answers`;
      return [
        row('P4 ours', `staff import of ${what}, median of ${rounds}`, round(oursMedian, 0), 'ms'),
        row(
          'P4 age',
          `age -d of the same files, one process each, median of ${rounds}`,
          round(peerMedian, 0),
          'ms',
        ),
        row('P4 ratio', 'ours / age, in turns', round(ratio, 2), '×', 2),
      ];
    });
  },
};
