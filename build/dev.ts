/**
 * `npm run dev`: the renderer from Vite's dev server (instant reload) with the contract served
 * by a real host on the side; Vite forwards /api to it. `npm run dev -- staff` for the staff tool.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { cliPath } from './serve-host.ts';

const role = process.argv[2] === 'staff' ? 'staff' : 'kiosk';
const hostPort = 4781;
const dataDir = fileURLToPath(new URL(`../.dev-data/${role}`, import.meta.url));

const host = spawn(
  process.execPath,
  [cliPath, 'serve', '--role', role, '--data', dataDir, '--port', String(hostPort)],
  {
    stdio: 'inherit',
  },
);
host.once('exit', (code) => {
  console.error(`The ${role} host stopped (exit ${code}).`);
  process.exit(1);
});
process.once('SIGINT', () => host.kill('SIGTERM'));

const vite = await createServer({
  configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
  server: { proxy: { '/api': `http://127.0.0.1:${hostPort}` } },
});
await vite.listen();
vite.printUrls();
