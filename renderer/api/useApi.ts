import { useContext } from 'preact/hooks';
import type { Api, Role } from '../../shared/contract/index.ts';
import { ApiContext } from './context.ts';

/** The transport chosen at start-up, as the role this screen belongs to. */
export function useApi<R extends Role>(): Api<R> {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiContext.Provider>');
  return api as unknown as Api<R>;
}
