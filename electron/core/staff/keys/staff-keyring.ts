import type { Database } from 'better-sqlite3';
import type { StaffKeyProblem } from '../../../../shared/staff-keys.ts';
import { AppError } from '../../errors.ts';
import type { AskPassphrase, SealOptions } from '../../keys/passphrase-seal.ts';
import type { StaffIdentity } from './staff-identity.ts';
import { staffKeysState, unlockStaffIdentity } from './sealed-key-store.ts';

export type OpenedKeys =
  | { ok: true; identity: StaffIdentity }
  | { ok: false; problem: StaffKeyProblem | 'no-keys'; message: string };

/**
 * The staff keys of one running staff tool. Whoever launches it (Electron with the system
 * keyring, `kuulluksi serve` with a prompt or a file) gives the passphrase the keys are sealed
 * with; the keys are opened once, which takes about a second by design, and then stay in memory
 * for as long as the tool runs.
 */
export type StaffKeyring = {
  /** How new keys are sealed: tests lower the work factor. */
  sealing: SealOptions;
  /** The launcher's passphrase, asked for once it is needed and then kept. */
  passphrase(): Promise<string>;
  /** The keys in this data folder, opened at the first call; or why they cannot be. */
  open(db: Database): Promise<OpenedKeys>;
  /** Keys just created or restored, already open: nobody waits for them to be unsealed again. */
  remember(identity: StaffIdentity): void;
};

export function createStaffKeyring(ask: AskPassphrase, sealing: SealOptions = {}): StaffKeyring {
  let passphrase: Promise<string> | undefined;
  let opened: Promise<OpenedKeys> | undefined;

  const keyring: StaffKeyring = {
    sealing,
    passphrase() {
      // A failure is not kept: a cancelled prompt may be answered next time.
      passphrase ??= Promise.resolve()
        .then(ask)
        .catch((error: unknown) => {
          passphrase = undefined;
          throw error;
        });
      return passphrase;
    },
    open(db) {
      // A wrong passphrase stays wrong for this run, so it is not tried again at a second a time;
      // anything else (no keys yet, a keyring that was locked) is looked at afresh.
      opened ??= openOnce(db).then((result) => {
        if (!result.ok && result.problem !== 'wrong-passphrase') opened = undefined;
        return result;
      });
      return opened;
    },
    remember(identity) {
      opened = Promise.resolve({ ok: true, identity });
    },
  };

  async function openOnce(db: Database): Promise<OpenedKeys> {
    const state = staffKeysState(db);
    if (state === 'none') {
      return {
        ok: false,
        problem: 'no-keys',
        message:
          'This staff tool has no staff keys yet: create them, or restore them from their backup, first.',
      };
    }
    let askFailed = false;
    const ask = () =>
      keyring.passphrase().catch((error: unknown) => {
        askFailed = true;
        throw error;
      });
    try {
      return { ok: true, identity: await unlockStaffIdentity(db, ask) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const problem =
        state === 'plain'
          ? 'plain-keys'
          : askFailed
            ? 'passphrase-unavailable'
            : error.code === 'forbidden'
              ? 'wrong-passphrase'
              : 'damaged';
      return { ok: false, problem, message: error.message };
    }
  }

  return keyring;
}

/** For a staff core opened without a launcher (a CLI command that opens the keys itself). */
export const noLauncherPassphrase: AskPassphrase = () => {
  throw new AppError(
    'not_ready',
    'This staff tool was started without a staff key passphrase: start it with "kuulluksi serve --role staff", which asks for one.',
  );
};
