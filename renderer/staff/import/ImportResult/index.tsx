import type { Output } from '../../../../shared/contract/index.ts';
import { missingCount, missingNumbers } from '../../../../shared/sequence-gap.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Hint, Note, Subheading, Warning } from '../../../components/FormLayout/index.tsx';
import { formatDay } from '../../../i18n/format-day.ts';
import { useStaff } from '../../useStaff.ts';
import { useFocusOnShow } from '../../useFocusOnShow.ts';
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
    <Card as="section" aria-labelledby="import-result-title">
      <Subheading level={3} id="import-result-title" tabIndex={-1} ref={heading}>
        {words.resultTitle}
      </Subheading>
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
        <Note as="div" class={styles.held}>
          <p>{words.heldNote}</p>
          <Button look="secondary" onClick={onOpenKiosks}>
            {words.openKiosks}
          </Button>
        </Note>
      )}
      {rejected.length > 0 && (
        <>
          <h4 class={styles.minor}>{words.rejectedTitle}</h4>
          <Hint>{words.rejectedNote}</Hint>
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
        <Warning key={`${kioskId}:${day}`}>{words.noticeSetAside(kioskId, formatDay(day, language))}</Warning>
      ))}
      {receiptFolders.length > 0 && <p>{words.receiptsWritten(receiptFolders.join(', '))}</p>}
      {receipts.notWritten.map(({ folder, reason }) => (
        <Warning key={folder}>{words.receiptNotWritten(folder, reason)}</Warning>
      ))}
      {receipts.written.length === 0 && receipts.notWritten.length === 0 && <Hint>{words.noReceipts}</Hint>}
    </Card>
  );
}
