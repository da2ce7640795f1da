import { useId, useState } from 'preact/hooks';
import { Button } from '../../../../components/Button/index.tsx';
import { Card } from '../../../../components/Card/index.tsx';
import { Label } from '../../../../components/Field/index.tsx';
import { Heading, Hint, List, Section } from '../../../../components/FormLayout/index.tsx';
import { Alert, Status } from '../../../../components/Notice/index.tsx';
import { useAdminData } from '../../useAdminData.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import { useShownExport } from '../useShownExport.ts';
import styles from './style.module.css';

/** How often the section looks again for sticks and for how the export goes. */
const pollMs = 1_000;

/**
 * Answers onto a USB stick: the sticks the kiosk sees, a big Export for each, a progress bar
 * while batches are written and "safe to remove" once every one was read back. A stick staff
 * prepared starts by itself, and its export shows here too. Counts only, never an answer.
 */
export function UsbSection() {
  const { words, call } = useAdminSession();
  const { data, problem, set } = useAdminData('admin.sticks', pollMs);
  const [refused, setRefused] = useState<string>();
  const shown = useShownExport(data?.export);
  const ids = useId();

  async function exportTo(path: string) {
    setRefused(undefined);
    const result = await call('admin.exportToStick', { path });
    if (result.ok) set((current) => current && { ...current, export: result.value });
    else setRefused(result.error.message);
  }

  const exporting = shown.state === 'exporting';
  const progress = shown.state === 'exporting' ? words.exportingTo(shown.stick) : '';
  const outcome = shown.state === 'done' ? words.exportDone(shown.answers, shown.batches) : progress;
  const trouble = refused ?? (shown.state === 'failed' ? words.exportFailed(shown.problem) : (problem ?? ''));
  return (
    <Section aria-labelledby="usb-title" aria-busy={data === undefined && !problem}>
      <Heading id="usb-title">{words.sections.usb}</Heading>
      <Hint>{words.usbNote}</Hint>
      {data && data.sticks.length === 0 && (
        <Card as="p" class={styles.plugIn}>
          {words.plugInStick}
        </Card>
      )}
      {data && data.sticks.length > 0 && (
        <List aria-label={words.sticksLabel}>
          {data.sticks.map((stick, index) => (
            <Card as="li" key={stick.path} class={styles.stick}>
              <p id={`${ids}-${index}`} class={styles.label}>
                <span class={styles.name}>{stick.label}</span>
                {stick.prepared && <span class={styles.prepared}>{words.stickPrepared}</span>}
              </p>
              <Button
                look="primary"
                class={styles.export}
                aria-describedby={`${ids}-${index}`}
                disabled={exporting}
                onClick={() => void exportTo(stick.path)}
              >
                {words.exportToStick}
              </Button>
            </Card>
          ))}
        </List>
      )}
      <div class={styles.outcome}>
        <Status done={shown.state === 'done'} class={styles.exporting}>
          {outcome}
        </Status>
        {shown.state === 'exporting' && (
          <ExportProgress
            id={`${ids}-progress`}
            label={words.exportProgress}
            written={shown.written}
            total={shown.total}
          />
        )}
        <Alert>{trouble}</Alert>
      </div>
    </Section>
  );
}

/** Batches written of all to write; until the kiosk knows how many, a bar that only says it works. */
function ExportProgress({
  id,
  label,
  written,
  total,
}: {
  id: string;
  label: string;
  written: number;
  total: number;
}) {
  return (
    <div class={styles.progress}>
      <Label for={id}>{label}</Label>
      <progress id={id} class={styles.bar} {...(total > 0 && { value: written, max: total })} />
      {total > 0 && <span class={styles.count}>{`${written} / ${total}`}</span>}
    </div>
  );
}
