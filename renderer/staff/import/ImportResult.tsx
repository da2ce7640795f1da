import type { Output } from '../../../shared/contract/index.ts';
import { missingCount, missingNumbers } from '../../../shared/sequence-gap.ts';
import { formatDay } from '../../i18n/format-day.ts';
import { form } from '../form.ts';
import { useStaff } from '../staff-context.ts';
import { useFocusOnShow } from '../use-focus.ts';
import styles from './style.module.css';

type Summary = Output<'staff.import'>;

/** A file's name without its folder, which staff just chose and need not read again. */
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;
const folderOf = (path: string) => path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')));

/**
 * What one import did: counts, each rejected file with its reason, missing batches by kiosk,
 * held batches pointing to Kiosks, and whether the kiosks' receipts could be left on the stick.
 * Only files, kiosks and counts: nothing about any client.
 */
export function ImportResult({ summary, onOpenKiosks }: { summary: Summary; onOpenKiosks(): void }) {
  const { words, language } = useStaff();
  const heading = useFocusOnShow<HTMLHeadingElement>();
  const { imported, held, duplicates, rejected, gaps, receipts } = summary;
  const counts = [
    [words.countImported, imported.length],
    [words.countHeld, held.length],
    [words.countDuplicates, duplicates.length],
    [words.countRejected, rejected.length],
  ] as const;
  const notices = [...imported, ...held].flatMap((batch) =>
    batch.notices.map((notice) => ({ kioskId: batch.kioskId, ...notice })),
  );
  const receiptFolders = [...new Set(receipts.written.map((receipt) => folderOf(receipt.file)))];

  return (
    <section class={form.card} aria-labelledby="import-result-title">
      <h3 id="import-result-title" class={form.subheading} tabIndex={-1} ref={heading}>
        {words.resultTitle}
      </h3>
      <dl class={styles.counts}>
        {counts.map(([label, count]) => (
          <div key={label} class={styles.count}>
            <dt>{label}</dt>
            <dd>{words.batches(count)}</dd>
          </div>
        ))}
      </dl>
      {counts.every(([, count]) => count === 0) && <p>{words.nothingFound}</p>}
      {held.length > 0 && (
        <div class={`${form.note} ${styles.held}`}>
          <p>{words.heldNote}</p>
          <button type="button" class={form.secondary} onClick={onOpenKiosks}>
            {words.openKiosks}
          </button>
        </div>
      )}
      {rejected.length > 0 && (
        <>
          <h4 class={styles.minor}>{words.rejectedTitle}</h4>
          <p class={form.hint}>{words.rejectedNote}</p>
          <ul class={styles.lines} aria-label={words.rejectedTitle}>
            {rejected.map(({ file, problem, reason }) => (
              <li key={file}>
                <span class={styles.file}>{fileName(file)}</span>: {words.batchProblems[problem]}
                <span class={styles.technical}>{words.technicalReason(reason)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {gaps.length > 0 && (
        <>
          <h4 class={styles.minor}>{words.gapsTitle}</h4>
          <ul class={styles.lines} aria-label={words.gapsTitle}>
            {gaps.map((gap) => (
              <li key={gap.kioskId}>{words.gap(gap.kioskId, missingNumbers(gap), missingCount(gap))}</li>
            ))}
          </ul>
        </>
      )}
      {notices.map(({ kioskId, day }) => (
        <p key={`${kioskId}:${day}`} class={form.warning}>
          {words.noticeSetAside(kioskId, formatDay(day, language))}
        </p>
      ))}
      {receiptFolders.length > 0 && <p>{words.receiptsWritten(receiptFolders.join(', '))}</p>}
      {receipts.notWritten.map(({ folder, reason }) => (
        <p key={folder} class={form.warning}>
          {words.receiptNotWritten(folder, reason)}
        </p>
      ))}
      {receipts.written.length === 0 && receipts.notWritten.length === 0 && (
        <p class={form.hint}>{words.noReceipts}</p>
      )}
    </section>
  );
}
