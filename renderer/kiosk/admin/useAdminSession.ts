import { useContext } from 'preact/hooks';
import { AdminSessionContext, type AdminSession } from './admin-session.ts';

/** The unlocked admin view around the component: its words, and calls that carry its token. */
export function useAdminSession(): AdminSession {
  const session = useContext(AdminSessionContext);
  if (!session) throw new Error('useAdminSession outside <AdminSessionContext.Provider>');
  return session;
}
