import { useEffect, useState } from 'preact/hooks';
import type { ReportChoices } from '../../../shared/contract/staff-reading.ts';
import { useStaff } from '../useStaff.ts';

/** The years and places a report's filters offer, asked for once when the screen opens. */
export function useReportChoices(): ReportChoices | undefined {
  const { api } = useStaff();
  const [choices, setChoices] = useState<ReportChoices>();
  useEffect(() => {
    void api.call('staff.reportChoices', {}).then((result) => result.ok && setChoices(result.value));
  }, []);
  return choices;
}
