/**
 * A kiosk as one long-running process for the LAN soak: the kiosk's own core (as `kuulluksi serve
 * --role kiosk` and `kuulluksi kiosk push` open it) taking answers and pushing on command, one
 * command a line on stdin, so a SIGKILL can land mid-answer or mid-push without paying a process
 * start for each push. `answer N` gives N answers and prints their ids once they are saved (the
 * thank-you screen); `push` pushes once and prints what it delivered.
 *
 * Answers are given at 10:00 yesterday through the kiosk's clock option: the LAN seals only answers
 * whose time slot has ended, and every push runs on the real time.
 */
import { randomInt } from 'node:crypto';
import { createInterface } from 'node:readline';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';

const [dataDir] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: lan-kiosk-process.ts DATA_DIR');

let answeringAt: Date | null = null;
const kiosk = openKiosk({ dataDir, clock: () => answeringAt ?? new Date(), log: silentLog });
process.stdout.write('ready\n');

for await (const line of createInterface({ input: process.stdin })) {
  const [command, count] = line.split(' ');
  if (command === 'answer') {
    answeringAt = new Date();
    answeringAt.setDate(answeringAt.getDate() - 1);
    answeringAt.setHours(10, 0, 0, 0);
    const ids = Array.from(
      { length: Number(count) },
      () =>
        kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value: randomInt(1, 6) })
          .responseId,
    );
    answeringAt = null;
    process.stdout.write(`answered ${ids.join(',')}\n`);
  } else if (command === 'push') {
    const summary = await kiosk.lan.push();
    process.stdout.write(`pushed ${summary.delivered.length} ${summary.problem?.kind ?? 'ok'}\n`);
  } else {
    throw new Error(`unknown command: ${line}`);
  }
}
kiosk.close();
