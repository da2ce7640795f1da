import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { roles } from '../../shared/contract/index.ts';
import { AppError } from '../core/errors.ts';
import { defaultLanPort } from '../core/lan/protocol.ts';
import { formatListenAddress } from '../core/staff/lan/listen-address.ts';
import { logToStderr } from '../core/log.ts';
import type { MountRoot } from '../core/usb/mount-roots.ts';
import { startHost } from '../host/start-host.ts';
import { defineCommand } from './command.ts';
import { choiceFlag, dataOption, requiredPath, wholeNumberFlag } from './flags.ts';
import { listenAddressesFlag, readLanAddress } from './listen-flags.ts';
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
    'lan-port': {
      type: 'string',
      value: 'N',
      description: `staff only: receive batches from kiosks over the network on port N (${defaultLanPort} is usual), with --lan-address`,
    },
    'lan-address': {
      type: 'string',
      value: 'HOST',
      description: 'staff only: an IP address of this computer to receive batches on, with --lan-port',
      multiple: true,
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
      'lan-port': wholeNumberFlag('lan-port', { min: 0, max: 65535 }).optional(),
      'lan-address': listenAddressesFlag('lan-address', readLanAddress).optional(),
    })
    .refine(
      (args) => args.role === 'staff' || args['passphrase-file'] === undefined,
      '--passphrase-file is for --role staff only',
    )
    .refine(
      (args) =>
        args.role === 'staff' || (args['lan-port'] === undefined && args['lan-address'] === undefined),
      '--lan-port and --lan-address are for --role staff only: a kiosk receives nothing over the network',
    )
    .refine((args) => args['lan-address'] === undefined || args['lan-port'] !== undefined, {
      message: `--lan-address needs --lan-port N too (${defaultLanPort} is usual)`,
    })
    .refine((args) => args['lan-port'] === undefined || args['lan-address'] !== undefined, {
      message:
        '--lan-port needs --lan-address HOST too: the receiver listens only on the addresses it is given',
    }),
  async run({
    role,
    data,
    port,
    'usb-root': usbRoot,
    'passphrase-file': passphraseFile,
    'lan-port': lanPort,
    'lan-address': lanAddresses,
  }) {
    const usbRoots = usbRoot === undefined ? {} : { usbRoots: [await existingFolder(usbRoot)] };
    const lan =
      lanPort === undefined || lanAddresses === undefined
        ? {}
        : { lan: { listen: lanAddresses.map(({ host }) => ({ host, port: lanPort })) } };
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
      ...lan,
    });
    process.stdout.write(`Kuulluksi ${role} is open at ${host.url} (Ctrl+C stops it)\n`);
    if (host.lan) {
      process.stdout.write(
        `Receiving batches from kiosks on ${host.lan.addresses.map(formatListenAddress).join(', ')}; this PC's code: ${host.lan.receiverCode}\n`,
      );
    }
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
