import { access, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { syncFolder, writeFileDurably } from '../../fs/write-file-durably.ts';

/**
 * `DATA/inbox/`: batches delivered over the network wait here until the staff keys are open to
 * import them, like a stick that is never pulled out (docs/lan.md). Each is `HASH.age`, written
 * durably before the kiosk is told it was delivered; one that import refuses moves to
 * `rejected/` with its reason beside it, so nothing a kiosk delivered is ever simply lost.
 */
export type Inbox = { folder: string; rejected: string };

export const inboxFolder = (dataDir: string): Inbox => {
  const folder = join(dataDir, 'inbox');
  return { folder, rejected: join(folder, 'rejected') };
};

const batchName = /^[0-9a-f]{64}\.age$/;
/** writeFileDurably's temporary names: a receiver stopped mid-write leaves one behind. */
const temporaryName = /^\..*\.tmp$/;

/** Makes the folders (for this user alone) and removes what an interrupted write left. */
export async function prepareInbox(inbox: Inbox): Promise<void> {
  await mkdir(inbox.rejected, { recursive: true, mode: 0o700 });
  for (const folder of [inbox.folder, inbox.rejected]) {
    for (const name of await readdir(folder)) {
      if (temporaryName.test(name)) await rm(join(folder, name), { force: true });
    }
  }
}

export const inboxFile = (inbox: Inbox, hash: string) => join(inbox.folder, `${hash}.age`);

export async function isInInbox(inbox: Inbox, hash: string): Promise<boolean> {
  return access(inboxFile(inbox, hash)).then(
    () => true,
    () => false,
  );
}

/** Whole or absent, even if this process is killed: temporary name, fsync, rename, fsync of the folder. */
export async function putInInbox(inbox: Inbox, hash: string, bytes: Uint8Array): Promise<void> {
  await writeFileDurably(inboxFile(inbox, hash), bytes, { mode: 0o600 });
}

/** The batch files waiting, by name (their hash): the order of arrival says nothing here. */
export async function batchesInInbox(inbox: Inbox): Promise<string[]> {
  return (await readdir(inbox.folder))
    .filter((name) => batchName.test(name))
    .sort()
    .map((name) => join(inbox.folder, name));
}

/**
 * A file import refused: its reason is written beside where it goes, then it moves there. Stopped
 * in between, the file is still in the inbox and is refused again at the next import.
 */
export async function setAside(inbox: Inbox, file: string, reason: string): Promise<void> {
  const name = basename(file);
  await writeFileDurably(
    join(inbox.rejected, name.replace(/\.age$/, '.reason.txt')),
    Buffer.from(`${reason}\n`, 'utf8'),
    { mode: 0o600 },
  );
  await rename(file, join(inbox.rejected, name));
  await syncFolder(inbox.rejected);
  await syncFolder(inbox.folder);
}
