import type { Database } from 'better-sqlite3';
import { fingerprint } from '../../keys/fingerprint.ts';
import { lanLimits } from '../../lan/protocol.ts';

/** A kiosk key that asked to pair over the network: waiting for staff, or paired (migration 011). */
export type LanKiosk = {
  kioskId: string;
  publicKey: string;
  state: 'waiting' | 'paired';
  /** When it last asked to pair, to the minute. */
  askedAt: string;
  lastContactAt: string;
  lastAddress: string;
  /** Batches it said still wait on it, at its last contact; null before it made one. */
  waitingBatches: number | null;
  /** A paired kiosk that was last heard from the address this key asked from: its key may have changed. */
  replaces: string | null;
};

type LanKioskRow = {
  kiosk_id: string;
  public_key: string;
  state: 'waiting' | 'paired';
  asked_at: string;
  last_contact_at: string;
  last_address: string;
  waiting_batches: number | null;
  replaces: string | null;
};

const columns =
  'kiosk_id, public_key, state, asked_at, last_contact_at, last_address, waiting_batches, replaces';

const fromRow = (row: LanKioskRow): LanKiosk => ({
  kioskId: row.kiosk_id,
  publicKey: row.public_key,
  state: row.state,
  askedAt: row.asked_at,
  lastContactAt: row.last_contact_at,
  lastAddress: row.last_address,
  waitingBatches: row.waiting_batches,
  replaces: row.replaces,
});

export function lanKioskWithKey(db: Database, publicKey: string): LanKiosk | undefined {
  const row = db
    .prepare<[string], LanKioskRow>(`SELECT ${columns} FROM lan_kiosks WHERE public_key = ?`)
    .get(publicKey);
  return row && fromRow(row);
}

export function lanKiosk(db: Database, kioskId: string): LanKiosk | undefined {
  const row = db
    .prepare<[string], LanKioskRow>(`SELECT ${columns} FROM lan_kiosks WHERE kiosk_id = ?`)
    .get(kioskId);
  return row && fromRow(row);
}

export function listLanKiosks(db: Database): LanKiosk[] {
  return db
    .prepare<[], LanKioskRow>(`SELECT ${columns} FROM lan_kiosks ORDER BY kiosk_id`)
    .all()
    .map(fromRow);
}

export type PairingAnswer = 'waiting' | 'paired' | 'full';

/** When a kiosk asks (to the minute), and the minute before which a request is stale. */
export type AskedAt = { at: string; staleBefore: string };

/**
 * A kiosk key asks to pair. A paired one hears so; any other is remembered as waiting (or its
 * request refreshed) until staff compare its code and approve it. At most
 * `lanLimits.maxWaitingPairings` wait at once, so unknown senders cannot fill the staff PC; more
 * are told to ask again once staff decide. A kiosk waiting asks again every few seconds, so when
 * the list is full the request asked longest ago, if it is stale, gives way: junk requests
 * cannot keep a real kiosk out for good. A new key asking from the address a paired kiosk was
 * last heard from is marked: that kiosk's key may have changed, and staff see the alarm.
 */
export function askToPair(
  db: Database,
  publicKey: string,
  address: string,
  { at, staleBefore }: AskedAt,
): PairingAnswer {
  return db.transaction((): PairingAnswer => {
    const known = lanKioskWithKey(db, publicKey);
    if (known?.state === 'paired') {
      recordLanContact(db, known.kioskId, address, at);
      return 'paired';
    }
    if (!known && waitingCount(db) >= lanLimits.maxWaitingPairings && !dropStaleRequest(db, staleBefore))
      return 'full';
    const replaces =
      db
        .prepare<[string, string], { kiosk_id: string }>(
          `SELECT kiosk_id FROM lan_kiosks WHERE state = 'paired' AND last_address = ? AND public_key != ?
           ORDER BY last_contact_at DESC, kiosk_id LIMIT 1`,
        )
        .get(address, publicKey)?.kiosk_id ?? null;
    db.prepare(
      `INSERT INTO lan_kiosks (kiosk_id, public_key, state, asked_at, last_contact_at, last_address, replaces)
       VALUES (?, ?, 'waiting', ?, ?, ?, ?)
       ON CONFLICT (kiosk_id) DO UPDATE SET asked_at = excluded.asked_at,
         last_contact_at = excluded.last_contact_at, last_address = excluded.last_address,
         replaces = excluded.replaces`,
    ).run(fingerprint(publicKey), publicKey, at, at, address, replaces);
    return 'waiting';
  })();
}

/** Removes the waiting request asked longest ago, if that was before `staleBefore`; true if one went. */
function dropStaleRequest(db: Database, staleBefore: string): boolean {
  const { changes } = db
    .prepare(
      `DELETE FROM lan_kiosks WHERE kiosk_id = (
         SELECT kiosk_id FROM lan_kiosks WHERE state = 'waiting' AND asked_at < ?
         ORDER BY asked_at, kiosk_id LIMIT 1)`,
    )
    .run(staleBefore);
  return changes === 1;
}

const waitingCount = (db: Database) =>
  db.prepare<[], { n: number }>("SELECT count(*) AS n FROM lan_kiosks WHERE state = 'waiting'").get()!.n;

/** What a kiosk says at its contact: batches still waiting on it, and the newest update it applied. */
export type KioskReport = { waitingBatches: number; appliedSerial: number };

/** A kiosk was heard from: the minute, its address, and what it reported, if this was its contact. */
export function recordLanContact(
  db: Database,
  kioskId: string,
  address: string,
  at: string,
  report?: KioskReport,
): void {
  db.prepare(
    `UPDATE lan_kiosks SET last_contact_at = ?, last_address = ?,
       waiting_batches = coalesce(?, waiting_batches), applied_serial = coalesce(?, applied_serial)
     WHERE kiosk_id = ?`,
  ).run(at, address, report?.waitingBatches ?? null, report?.appliedSerial ?? null, kioskId);
}

/**
 * Pairs a kiosk waiting for staff; its batches are taken from now on. Returns whether it was
 * waiting (false: paired already, or it never asked over the network).
 */
export function pairLanKiosk(db: Database, kioskId: string): boolean {
  const { changes } = db
    .prepare(
      "UPDATE lan_kiosks SET state = 'paired', replaces = NULL WHERE kiosk_id = ? AND state = 'waiting'",
    )
    .run(kioskId);
  return changes === 1;
}
