import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors.ts';
import { logToStderr } from '../core/log.ts';
import { staffKeysState } from '../core/staff/keys/sealed-key-store.ts';
import { createStaffKeyring } from '../core/staff/keys/staff-keyring.ts';
import { formatListenAddress } from '../core/staff/lan/listen-address.ts';
import { receiverNameSchema } from '../core/lan/discovery-records.ts';
import { describeIssues } from '../core/schema-errors.ts';
import { openStaff } from '../core/staff/open-staff.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { listenAddressesFlag, readListenAddress } from './listen-flags.ts';
import { withStaff } from './open-data.ts';
import { untilStopped } from './until-stopped.ts';
import { passphraseFileOption, staffKeysPassphrase } from './staff-passphrase.ts';

export const staffReceive = defineCommand({
  name: 'staff receive',
  summary:
    "Receive batches from paired kiosks over the centre's network (docs/lan.md), on the addresses given only, until stopped (Ctrl+C). With --passphrase-file each batch is imported as it arrives; without, batches are collected into DIR/inbox and imported when the staff keys are next opened.",
  options: {
    data: dataOption,
    listen: {
      type: 'string',
      value: 'HOST:PORT',
      description: 'an IP address of this computer to listen on, with its port (4781 if left out)',
      multiple: true,
    },
    'passphrase-file': {
      ...passphraseFileOption,
      description: 'read the staff key passphrase from FILE, to import batches as they arrive',
    },
    name: {
      type: 'string',
      value: 'NAME',
      description: "the name kiosks show for this receiver, e.g. the office PC's; kept for the next start",
    },
  },
  schema: z.object({
    data: requiredPath('data'),
    listen: listenAddressesFlag('listen', readListenAddress),
    'passphrase-file': requiredPath('passphrase-file').optional(),
    name: z
      .string()
      .transform((text, context) => {
        const parsed = receiverNameSchema.safeParse(text);
        if (parsed.success) return parsed.data;
        context.addIssue({ code: 'custom', message: `--name: ${describeIssues(parsed.error)}` });
        return z.NEVER;
      })
      .optional(),
  }),
  async run({ data, listen, 'passphrase-file': passphraseFile, name }) {
    const keyring = createStaffKeyring(
      passphraseFile === undefined ? withoutPassphrase : staffKeysPassphrase(passphraseFile),
    );
    // Settled before anything listens: no keys means no kiosk could pair, and a wrong passphrase stops here.
    await withStaff(data, true, async (staff) => {
      if (staffKeysState(staff.db) === 'none') {
        throw new AppError(
          'not_ready',
          `${data} has no staff keys yet, so no kiosk could pair with this receiver: run "kuulluksi staff init" (or "kuulluksi staff restore") there first.`,
        );
      }
      if (passphraseFile === undefined) return;
      const opened = await keyring.open(staff.db);
      if (!opened.ok) throw new AppError('not_ready', opened.message);
    });

    const staff = openStaff({ dataDir: data, keys: keyring, lan: { listen, ...(name && { name }) } });
    let started;
    try {
      started = await staff.lan!.started;
    } catch (error) {
      await staff.close();
      throw error;
    }
    process.stdout.write(
      [
        `This PC's code: ${started.receiverCode} (name: ${started.name})`,
        `Listening on ${started.addresses.map(formatListenAddress).join(', ')} (Ctrl+C stops it)`,
        passphraseFile === undefined
          ? `Without the staff key passphrase, batches are only collected into ${join(data, 'inbox')}; the staff tool imports them when it opens its keys (or give --passphrase-file).`
          : 'Batches are imported as they arrive.',
      ].join('\n') + '\n',
    );
    await untilStopped();
    await staff.close();
    process.stdout.write('Stopped; every batch delivered is in the inbox or imported.\n');
  },
});

/** A receiver started without a passphrase collects only: the keys are never opened, nor asked for. */
const withoutPassphrase = () => {
  throw new AppError('not_ready', 'staff receive was started without --passphrase-file');
};
