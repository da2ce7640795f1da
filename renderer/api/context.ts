import { createContext } from 'preact';
import type { Api, Role } from '../../shared/contract/index.ts';

/** The transport chosen at start-up, handed to every screen. */
export const ApiContext = createContext<Api<Role> | null>(null);
