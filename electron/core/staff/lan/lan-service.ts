import type { Database } from 'better-sqlite3';
import type { Output } from '../../../../shared/contract/index.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import type { Log } from '../../log.ts';
import type { Advertisement } from '../../lan/discovery.ts';
import { coarseTime } from '../../time/coarse-time.ts';
import type { ImportQueue } from '../import-queue.ts';
import type { StaffKeyring } from '../keys/staff-keyring.ts';
import { advertiseOn } from './advertise.ts';
import { importInbox, type InboxImport } from './import-inbox.ts';
import { inboxFolder, prepareInbox } from './inbox.ts';
import { formatListenAddress, type ListenAddress } from './listen-address.ts';
import { startReceiver, type RunningReceiver } from './receiver.ts';
import { loadOrCreateReceiverIdentity, nameReceiver } from './receiver-identity.ts';
import { makeUpdates } from './update-envelopes.ts';

/** Where the staff tool receives batches over the network: the addresses, and the name kiosks show. */
export type LanOptions = { listen: readonly ListenAddress[]; name?: string };

type ServiceOptions = LanOptions & {
  db: Database;
  dataDir: string;
  keys: StaffKeyring;
  clock: Clock;
  log: Log;
  queue: ImportQueue;
};

export type LanService = ReturnType<typeof startLanService>;
export type LanStarted = { addresses: ListenAddress[]; receiverCode: string; name: string };

/**
 * The receiver as part of a running staff tool: it starts listening (and advertises itself by mDNS
 * on each LAN address, as a hint for the kiosks' lists), and whenever the staff keys
 * are open (at the start, after each delivery, once keys are created or restored) the inbox is
 * imported, taking its turn with stick imports. Without open keys batches wait in the inbox,
 * delivered all the same. `started` settles once it listens on every address, or cannot.
 */
export function startLanService({ db, dataDir, keys, clock, log, queue, listen, name }: ServiceOptions) {
  if (name !== undefined) nameReceiver(db, name);
  const receiver = loadOrCreateReceiverIdentity(db);
  const inbox = inboxFolder(dataDir);
  let state: { running: RunningReceiver; advertisements: Advertisement[] } | { problem: string } | null =
    null;
  let importPending: Promise<void> | null = null;

  const openIdentity = async () => {
    const opened = await keys.open(db);
    return opened.ok ? opened.identity : null;
  };

  /** Imports the inbox if the keys are open; deliveries while one runs ask for one more, not one each. */
  function importNow(): Promise<void> {
    importPending ??= queue(async () => {
      importPending = null;
      const identity = await openIdentity();
      if (identity) describeImport(await importInbox(db, identity, inbox, coarseTime(clock()).day), log);
    }).catch((error: unknown) => {
      log('error', `LAN inbox import stopped; the batches wait in ${inbox.folder}: ${String(error)}`);
    });
    return importPending;
  }

  const started = (async (): Promise<LanStarted> => {
    try {
      await prepareInbox(inbox);
      const running = await startReceiver(
        {
          db,
          receiver,
          inbox,
          clock,
          onDelivered: () => void importNow(),
          onBehind: (kioskId) =>
            void queue(async () => {
              const identity = await openIdentity();
              if (identity) makeUpdates(db, identity, [kioskId]);
            }).catch((error: unknown) => log('error', `LAN update for ${kioskId}: ${String(error)}`)),
        },
        listen,
        log,
      );
      state = { running, advertisements: await advertiseOn(running.addresses, receiver, log) };
    } catch (error) {
      state = { problem: error instanceof AppError ? error.message : String(error) };
      throw error;
    }
    void importNow();
    return { addresses: state.running.addresses, receiverCode: receiver.code, name: receiver.name };
  })();
  // Whoever starts the service awaits `started`; a failure is also what `describe` reports.
  started.catch(() => undefined);

  return {
    started,
    /** Imports what waits in the inbox, now that the keys may have opened. */
    importInbox: importNow,
    describe(): Output<'staff.lan'> {
      const who = { receiverCode: receiver.code, name: receiver.name };
      if (state === null) return { state: 'starting', ...who, addresses: [] };
      if ('problem' in state) return { state: 'failed', ...who, problem: state.problem };
      return { state: 'on', ...who, addresses: state.running.addresses.map(formatListenAddress) };
    },
    /** Stops listening, lets requests in progress and the import running finish. */
    async close(): Promise<void> {
      await started.catch(() => undefined);
      if (state !== null && 'running' in state) {
        await Promise.all(state.advertisements.map((advertisement) => advertisement.stop()));
        await state.running.close();
      }
      await queue(async () => undefined);
    },
  };
}

function describeImport({ stored, rejected, updated }: InboxImport, log: Log): void {
  if (stored.length === 0 && rejected.length === 0) return;
  const count = (outcome: string) => stored.filter((batch) => batch.outcome === outcome).length;
  log(
    'info',
    `LAN inbox: ${count('imported')} batch(es) imported, ${count('held')} held (kiosk not approved yet), ${count('duplicate')} already stored, ${rejected.length} set aside in inbox/rejected; receipts for ${updated.length} kiosk(s) wait for their next contact`,
  );
  for (const { file, reason } of rejected) log('warn', `LAN inbox: ${file} set aside: ${reason}`);
}
