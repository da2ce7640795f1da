import type { PrintRequest } from '../../shared/print-page.ts';
import { ErrorBoundary } from '../components/ErrorBoundary/index.tsx';
import { PrintPage } from './social-report/PrintPage/index.tsx';
import { StaffFailure } from './StaffFailure/index.tsx';

/**
 * The root of a page made only for printing (the social report or the poster), loaded apart from
 * the staff tool's screens: a page that throws says what failed rather than printing blank.
 */
export function PrintRoot({ request }: { request: PrintRequest }) {
  return (
    <ErrorBoundary fallback={(error) => <StaffFailure error={error} />}>
      <PrintPage request={request} />
    </ErrorBoundary>
  );
}
