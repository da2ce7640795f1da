import type { Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { importBatchFiles } from '../../../../../electron/core/staff/import-batches.ts';
import type { StaffIdentity } from '../../../../../electron/core/staff/keys/staff-identity.ts';
import type { Staff } from '../../../../../electron/core/staff/open-staff.ts';
import type { CommentQuery } from '../../../../../shared/contract/staff-comments.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

export const everyComment: CommentQuery = {
  period: { kind: 'all' },
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: false,
  search: '',
  show: 'all',
};

/** Answers `visit-today` with value 3, one comment per text (null: an answer without words). */
export function answerWithComments(kiosk: Kiosk, texts: readonly (string | null)[]): string[] {
  return texts.map((text) => {
    const { responseId } = kiosk.responses.submit({
      questionId: 'visit-today',
      questionVersion: 1,
      value: 3,
    });
    if (text !== null) kiosk.responses.addComment(responseId, text);
    return responseId;
  });
}

/** Every kiosk's answers onto one stick, and the stick into the staff tool, as staff do it. */
export async function bringIn(
  staff: Staff,
  identity: StaffIdentity,
  kiosks: readonly Kiosk[],
): Promise<void> {
  const stick = tempDir('kuulluksi-usb-');
  for (const kiosk of kiosks) await kiosk.exportTo(stick);
  await importBatchFiles(staff.db, identity, [stick]);
}
