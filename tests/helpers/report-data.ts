import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKiosk, type Kiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../electron/core/kiosk/pairing.ts';
import { silentLog } from '../../electron/core/log.ts';
import { decideComment } from '../../electron/core/staff/comments/decide-comment.ts';
import { listComments } from '../../electron/core/staff/comments/list-comments.ts';
import { importBatchFiles } from '../../electron/core/staff/import-batches.ts';
import { storeStaffIdentity } from '../../electron/core/staff/keys/sealed-key-store.ts';
import { generateStaffIdentity, staffPublicKey } from '../../electron/core/staff/keys/staff-identity.ts';
import { openStaff } from '../../electron/core/staff/open-staff.ts';
import { saveReportTexts } from '../../electron/core/staff/social-report/report-texts.ts';

/** The centre, quarter and words every report test reads back. */
export const reportScene = {
  centre: 'Kalliokoti',
  quarter: { kind: 'quarter', year: 2026, quarter: 4 },
  from: '2026-10-01',
  to: '2026-12-31',
  panelWords: 'Raati toivoo, että kahvia olisi myös iltapäivällä.',
  centreChanges: 'Keitämme nyt kahvia kahdesti päivässä.',
  /** felt-heard: two sad faces, hidden (and, so they cannot be worked out, one other cell). */
  hiddenQuestion: 'felt-heard',
  /** The second of three batches never reaches the staff PC. */
  missingBatch: 2,
  /** Staff selected this comment for the report, and not the other. */
  selectedComment: 'Henkilökunta oli tosi ystävällistä.',
  otherComment: 'Ovi oli kiinni aamulla.',
} as const;

/** Values per question: most with enough answers to show; trust-the-staff has too few for any figure. */
const answers: Record<string, readonly number[]> = {
  'felt-heard': [5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 1, 1],
  'treated-with-respect': [5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4],
  'trust-the-staff': [3, 3, 3],
  'got-the-help-i-came-for': [3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1],
  'could-decide-for-myself': [5, 5, 5, 5, 5, 3, 3, 3, 3, 3],
  'helped-in-everyday-life': [3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1],
  'felt-safe': [4, 4, 4, 4, 4, 4, 4],
  'belong-here': [4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5],
};

const quarterEverywhere = {
  period: reportScene.quarter,
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: false,
} as const;

const areas: Record<string, [area: string, itemCode: string]> = {
  'felt-heard': ['own-life', 'THL-OS-1'],
  'could-decide-for-myself': ['own-life', 'THL-OS-2'],
  'helped-in-everyday-life': ['own-life', 'THL-OS-3'],
  'treated-with-respect': ['influencing', 'THL-OS-4'],
  'belong-here': ['common-good', 'THL-OS-5'],
};

/**
 * Fills a staff data folder the way a quarter of real use would: one kiosk of Kalliokoti, its
 * answers exported as three batches on 17 November 2026 and imported without the second, the
 * questions tagged with THL areas and item codes, one of two comments selected for the report,
 * and the panel's words typed in. The staff keys
 * are sealed with `passphrase`, so a staff tool started with it opens them.
 */
export async function fillWithReportScene(
  dataDir: string,
  passphrase: string,
  sealing: { workFactor: number },
): Promise<{ kioskId: string }> {
  const staff = openStaff({ dataDir, log: silentLog });
  const kioskDir = mkdtempSync(join(tmpdir(), 'kuulluksi-report-kiosk-'));
  const stick = mkdtempSync(join(tmpdir(), 'kuulluksi-report-stick-'));
  const kiosk = openKiosk({
    dataDir: kioskDir,
    log: silentLog,
    clock: () => new Date(2026, 10, 17, 14, 5, 42),
  });
  try {
    const identity = await generateStaffIdentity();
    await storeStaffIdentity(staff.db, identity, passphrase, sealing);
    pairWithStaff(kiosk.db, staffPublicKey(identity));
    staff.db
      .prepare('INSERT INTO kiosks (kiosk_id, public_key, approved, first_seen_day) VALUES (?, ?, 1, ?)')
      .run(kiosk.identity.kioskId, kiosk.identity.keys.publicKey, '2026-10-01');
    const batches: string[] = [];
    for (const comment of [reportScene.selectedComment, reportScene.otherComment]) {
      const { responseId } = kiosk.responses.submit({
        questionId: 'treated-with-respect',
        questionVersion: 1,
        value: 5,
      });
      kiosk.responses.addComment(responseId, comment);
    }
    for (const batch of [answers, { 'felt-heard': [4] }, { 'felt-heard': [4] }]) {
      for (const [questionId, values] of Object.entries(batch)) answer(kiosk, questionId, values);
      batches.push(...(await kiosk.exportTo(stick)).written.map((written) => written.file));
    }
    await importBatchFiles(staff.db, identity, [batches[0]!, batches[2]!]);
    staff.db.prepare('UPDATE kiosks SET centre = ?').run(reportScene.centre);
    for (const [questionId, [area, itemCode]] of Object.entries(areas)) {
      staff.db
        .prepare('UPDATE questions SET area = ?, item_code = ? WHERE id = ?')
        .run(area, itemCode, questionId);
    }
    const { comments } = listComments(staff.db, { ...quarterEverywhere, search: '', show: 'all' });
    const selected = comments.find((comment) => comment.text === reportScene.selectedComment)!;
    decideComment(staff.db, () => new Date(2026, 11, 1, 10, 0), {
      commentId: selected.commentId,
      decision: 'select',
      decidedBy: 'asiakasraati',
    });
    saveReportTexts(staff.db, {
      period: reportScene.quarter,
      panelWords: reportScene.panelWords,
      centreChanges: reportScene.centreChanges,
    });
    return { kioskId: kiosk.identity.kioskId };
  } finally {
    kiosk.close();
    await staff.close();
    rmSync(kioskDir, { recursive: true, force: true });
    rmSync(stick, { recursive: true, force: true });
  }
}

function answer(kiosk: Kiosk, questionId: string, values: readonly number[]): void {
  for (const value of values) kiosk.responses.submit({ questionId, questionVersion: 1, value });
}
