import { useId, useRef, useState } from 'preact/hooks';
import type { Output } from '../../../../shared/contract/index.ts';
import { useAdminData, useAdminSession } from '../admin-session.ts';
import form from '../form.module.css';
import styles from './style.module.css';

type ExportState = Output<'admin.sticks'>['export'];

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
    <section class={form.section} aria-labelledby="usb-title" aria-busy={data === undefined && !problem}>
      <h2 id="usb-title" class={form.heading}>
        {words.sections.usb}
      </h2>
      <p class={form.hint}>{words.usbNote}</p>
      {data && data.sticks.length === 0 && <p class={`${form.card} ${styles.plugIn}`}>{words.plugInStick}</p>}
      {data && data.sticks.length > 0 && (
        <ul class={form.list} aria-label={words.sticksLabel}>
          {data.sticks.map((stick, index) => (
            <li key={stick.path} class={`${form.card} ${styles.stick}`}>
              <p id={`${ids}-${index}`} class={styles.label}>
                <span class={styles.name}>{stick.label}</span>
                {stick.prepared && <span class={styles.prepared}>{words.stickPrepared}</span>}
              </p>
              <button
                type="button"
                class={`${form.primary} ${styles.export}`}
                aria-describedby={`${ids}-${index}`}
                disabled={exporting}
                onClick={() => void exportTo(stick.path)}
              >
                {words.exportToStick}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class={styles.outcome}>
        <p role="status" class={shown.state === 'done' ? form.done : styles.exporting}>
          {outcome}
        </p>
        {shown.state === 'exporting' && (
          <ExportProgress
            id={`${ids}-progress`}
            label={words.exportProgress}
            written={shown.written}
            total={shown.total}
          />
        )}
        <p role="alert" class={form.problem}>
          {trouble}
        </p>
      </div>
    </section>
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
      <label for={id} class={form.label}>
        {label}
      </label>
      <progress id={id} class={styles.bar} {...(total > 0 && { value: written, max: total })} />
      {total > 0 && <span class={styles.count}>{`${written} / ${total}`}</span>}
    </div>
  );
}

/**
 * The export to show: the core's, except that a failure stays in view after its stick is pulled
 * (the core then forgets it), since it says the answers still wait for another stick.
 */
function useShownExport(current: ExportState | undefined): ExportState {
  const shown = useRef<ExportState>({ state: 'idle' });
  if (current && (current.state !== 'idle' || shown.current.state !== 'failed')) shown.current = current;
  return shown.current;
}
