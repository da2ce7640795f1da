import { ErrorBoundary } from '../components/ErrorBoundary/index.tsx';
import { StaffApp } from './StaffApp/index.tsx';
import { StaffFailure } from './StaffFailure/index.tsx';

/** The root of the staff tool: a screen that throws says what failed instead of leaving a blank page. */
export function StaffRoot() {
  return (
    <ErrorBoundary fallback={(error) => <StaffFailure error={error} />}>
      <StaffApp />
    </ErrorBoundary>
  );
}
