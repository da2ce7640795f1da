import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = fileURLToPath(new URL('../../electron/cli.ts', import.meta.url));
/** The Node that runs the tests (Node 22 from node_modules), so children match it. */
export const nodeBinary = process.execPath;
