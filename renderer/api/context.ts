import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api, Role } from '../../shared/contract/index.ts';

/** The transport chosen at start-up, handed to every screen. */
export const ApiContext = createContext<Api<Role> | null>(null);

export function useApi<R extends Role>(): Api<R> {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiContext.Provider>');
  return api as unknown as Api<R>;
}
