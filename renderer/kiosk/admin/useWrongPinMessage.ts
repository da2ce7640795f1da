import { useAdminSession } from './useAdminSession.ts';

/** What the pad says after a wrong PIN: the tries left, or how long it is now locked. */
export function useWrongPinMessage() {
  const { words } = useAdminSession();
  return ({ triesLeft, lockedForSeconds }: { triesLeft: number; lockedForSeconds: number | null }) =>
    lockedForSeconds !== null ? words.lockedOut(lockedForSeconds) : words.wrongPin(triesLeft);
}
