import { useRef } from 'preact/hooks';
import type { Output } from '../../../../shared/contract/index.ts';

type ExportState = Output<'admin.sticks'>['export'];

/**
 * The export to show: the core's, except that a failure stays in view after its stick is pulled
 * (the core then forgets it), since it says the answers still wait for another stick.
 */
export function useShownExport(current: ExportState | undefined): ExportState {
  const shown = useRef<ExportState>({ state: 'idle' });
  if (current && (current.state !== 'idle' || shown.current.state !== 'failed')) shown.current = current;
  return shown.current;
}
