import type { Database } from 'better-sqlite3';
import { lanProtocolVersion, type DeliveredReply } from '../../lan/protocol.ts';
import { sha256Hex } from '../../lan/request-signature.ts';
import { contactMinute } from './contact-time.ts';
import { isInInbox, putInInbox } from './inbox.ts';
import { pairedSender, type LanContext, type SignedRequest } from './lan-context.ts';
import { recordLanContact } from './lan-kiosks.ts';
import { jsonReply, LanRefusal, type LanReply } from './lan-reply.ts';

/**
 * PUT batches/HASH from a paired kiosk: the batch file, byte for byte. It is `delivered` only once
 * it is durably in the inbox, or already there, or already stored: the hash is the idempotency
 * key, so a retry, a replay or a second upload at the same moment stores nothing twice. Each
 * delivery being written is shared by whoever sends the same hash meanwhile.
 */
export function createBatchRoute() {
  const writing = new Map<string, Promise<void>>();

  return async function deliverBatch(
    context: LanContext,
    { senderKey, address, path, body, now }: SignedRequest,
  ): Promise<LanReply> {
    const hash = path.slice(path.lastIndexOf('/') + 1);
    const kiosk = pairedSender(context.db, senderKey);
    recordLanContact(context.db, kiosk.kioskId, address, contactMinute(now));
    if (sha256Hex(body) !== hash) {
      throw new LanRefusal(
        'hash-mismatch',
        'the batch that arrived is not the one its address names: it was damaged on the way, send it again',
      );
    }
    if (!(await isInInbox(context.inbox, hash)) && !isStored(context.db, hash)) {
      let write = writing.get(hash);
      if (!write) {
        write = putInInbox(context.inbox, hash, body).finally(() => writing.delete(hash));
        writing.set(hash, write);
      }
      await write;
      context.onDelivered();
    }
    const reply: DeliveredReply = { format: 'kuulluksi-lan-delivered', version: lanProtocolVersion, hash };
    return jsonReply(200, reply);
  };
}

/** Staff hold the batch stored from this very file, whichever way it came. */
const isStored = (db: Database, fileHash: string) =>
  db
    .prepare<[string], { found: number }>('SELECT 1 AS found FROM batches WHERE file_hash = ?')
    .get(fileHash) !== undefined;
