import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { roles } from '../../shared/contract/index.ts';
import { AppError } from '../core/errors.ts';
import { logToStderr } from '../core/log.ts';
import type { MountRoot } from '../core/usb/mount-roots.ts';
import { startHost } from '../host/start-host.ts';
import { defineCommand } from './command.ts';
import { choiceFlag, dataOption, requiredPath, wholeNumberFlag } from './flags.ts';
import { staffKeysForServe } from './serve-staff-keys.ts';
import { passphraseFileOption } from './staff-passphrase.ts';

const builtRenderer = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

export const serve = defineCommand({
  name: 'serve',
  summary:
    'Serve the kiosk or the staff tool to a browser on this computer (127.0.0.1 only) and print its address.',
  options: {
    role: { type: 'string', value: 'kiosk|staff', description: 'which screen to serve' },
    data: dataOption,
    port: { type: 'string', value: 'N', description: 'port to listen on (default 4780; 0 picks a free one)' },
    'usb-root': {
      type: 'string',
      value: 'DIR',
      description:
        'treat each folder in DIR as a plugged-in USB stick (default: where the system mounts sticks)',
    },
    'passphrase-file': {
      ...passphraseFileOption,
      description:
        'staff only: read the staff key passphrase from FILE (otherwise it is asked for; with no keys yet, a new one)',
    },
  },
  schema: z
    .object({
      role: choiceFlag('role', roles),
      data: requiredPath('data'),
      port: wholeNumberFlag('port', { min: 0, max: 65535 }).default(4780),
      // Made absolute: the paths of sticks found under it go to the screen, which only takes full paths.
      'usb-root': z
        .string()
        .min(1, '--usb-root needs a folder')
        .transform((path) => resolve(path))
        .optional(),
      'passphrase-file': requiredPath('passphrase-file').optional(),
    })
    .refine(
      (args) => args.role === 'staff' || args['passphrase-file'] === undefined,
      '--passphrase-file is for --role staff only',
    ),
  async run({ role, data, port, 'usb-root': usbRoot, 'passphrase-file': passphraseFile }) {
    const usbRoots = usbRoot === undefined ? {} : { usbRoots: [await existingFolder(usbRoot)] };
    // Asked before anything is served: a staff tool that cannot open its keys is of no use.
    const staffKeys = role === 'staff' ? { staffKeys: await staffKeysForServe(data, passphraseFile) } : {};
    // Reception may close the kiosk from its admin view; so may Ctrl+C or a service manager.
    let closedFromAdminView = false;
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop());
    const onExit = () => {
      closedFromAdminView = true;
      stop();
    };
    const host = await startHost({
      role,
      dataDir: data,
      port,
      rendererDir: builtRenderer,
      log: logToStderr,
      onExit,
      ...usbRoots,
      ...staffKeys,
    });
    process.stdout.write(`Kuulluksi ${role} is open at ${host.url} (Ctrl+C stops it)\n`);
    await stopped;
    await host.close();
    if (closedFromAdminView) process.stdout.write('The kiosk was closed from its admin view.\n');
  },
});

/** A stick folder that does not exist would silently show no sticks ever: refuse it instead. */
async function existingFolder(path: string): Promise<MountRoot> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory())
    throw new AppError('bad_request', `--usb-root ${path} is not a folder that exists.`);
  return { path, depth: 1 };
}
