import { useEffect, useState } from 'preact/hooks';
import type { Dashboard, ReportFilter } from '../../../shared/contract/staff-reading.ts';
import { useStaff } from '../useStaff.ts';

/**
 * The dashboard for a filter, asked again whenever the filter changes or `reload` is called (after
 * k changed). The dashboard shown stays until the next one arrives, so a change redraws in place;
 * an answer to a filter already left behind is dropped.
 */
export function useDashboard(filter: ReportFilter) {
  const { api } = useStaff();
  const [dashboard, setDashboard] = useState<Dashboard>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(true);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let current = true;
    setBusy(true);
    void api.call('staff.dashboard', filter).then((result) => {
      if (!current) return;
      setBusy(false);
      if (result.ok) {
        setDashboard(result.value);
        setProblem(undefined);
      } else setProblem(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [filter, asked]);
  return { dashboard, problem, busy, reload: () => setAsked((count) => count + 1) };
}
