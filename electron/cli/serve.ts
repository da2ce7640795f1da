import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { roles } from '../../shared/contract.ts';
import { logToStderr } from '../core/log.ts';
import { startHost } from '../host/start-host.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';

const builtRenderer = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

export const serve = defineCommand({
  name: 'serve',
  summary: 'Serve the kiosk or the staff tool to a browser on this computer (127.0.0.1 only) and print its address.',
  options: {
    role: { type: 'string', value: 'kiosk|staff', description: 'which screen to serve' },
    data: dataOption,
    port: { type: 'string', value: 'N', description: 'port to listen on (default 4780; 0 picks a free one)' },
  },
  schema: z.object({
    role: z.enum(roles, { error: '--role must be kiosk or staff' }),
    data: requiredPath('data'),
    port: z
      .string()
      .regex(/^\d{1,5}$/, '--port must be a whole number')
      .default('4780')
      .transform(Number)
      .pipe(z.int().max(65535, '--port must be at most 65535')),
  }),
  async run({ role, data, port }) {
    const host = await startHost({ role, dataDir: data, port, rendererDir: builtRenderer, log: logToStderr });
    process.stdout.write(`Kuulluksi ${role} is open at ${host.url} (Ctrl+C stops it)\n`);
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
    });
    await host.close();
  },
});
