import { useAdminSession } from './admin-session.ts';

export const minutesOf = (seconds: number) => Math.ceil(seconds / 60);

/** What the pad says after a wrong PIN: the tries left, or how long it is now locked. */
export function useWrongPinMessage() {
  const { words } = useAdminSession();
  return ({ triesLeft, lockedForSeconds }: { triesLeft: number; lockedForSeconds: number | null }) =>
    lockedForSeconds !== null ? words.lockedOut(minutesOf(lockedForSeconds)) : words.wrongPin(triesLeft);
}
