import type { Database } from 'better-sqlite3';
import { pairingCode } from '../../../shared/pairing-code.ts';
import { AppError } from '../errors.ts';
import { lanKiosk, listLanKiosks, pairLanKiosk, type LanKiosk } from './lan/lan-kiosks.ts';

/**
 * A kiosk as staff see it: its fingerprint (and the same with check characters, as pairing
 * screens show it), whether its batches count, what waits for approval, and how it was last
 * heard from: a stick's batches (the day) or the network (the minute).
 */
export type KnownKiosk = {
  kioskId: string;
  pairingCode: string;
  approved: boolean;
  /** The day its first batch arrived (or it asked to pair); null for kiosks seen before Kuulluksi recorded it. */
  firstSeenDay: string | null;
  batches: number;
  heldBatches: number;
  heldAnswers: number;
  lastContact: { route: 'lan' | 'stick'; at: string } | null;
  /** Its pairing over the network; null for a kiosk that never asked. */
  lan: {
    /** `possible-key-change`: a new key asked from where a paired kiosk was last heard from. */
    state: 'waiting' | 'paired' | 'possible-key-change';
    askedAt: string;
    lastAddress: string;
    waitingBatches: number | null;
    /** The paired kiosk whose key this one may replace. */
    replaces: string | null;
  } | null;
};

type KioskRow = {
  kiosk_id: string;
  approved: number;
  first_seen_day: string | null;
  last_stick_day: string | null;
  batches: number;
  answers: number;
};

export function listKiosks(db: Database): KnownKiosk[] {
  const lan = new Map(listLanKiosks(db).map((kiosk) => [kiosk.kioskId, kiosk]));
  const withBatches = db
    .prepare<[], KioskRow>(
      `SELECT k.kiosk_id, k.approved, k.first_seen_day, k.last_stick_day,
              count(b.seq) AS batches, coalesce(sum(b.response_count), 0) AS answers
       FROM kiosks k LEFT JOIN batches b ON b.kiosk_id = k.kiosk_id
       GROUP BY k.kiosk_id`,
    )
    .all();
  const known = new Set(withBatches.map((row) => row.kiosk_id));
  // A kiosk that asked to pair over the network before sending any batch is listed too.
  const lanOnly: KioskRow[] = [...lan.values()]
    .filter((kiosk) => !known.has(kiosk.kioskId))
    .map((kiosk) => ({
      kiosk_id: kiosk.kioskId,
      approved: 0,
      first_seen_day: kiosk.askedAt.slice(0, 10),
      last_stick_day: null,
      batches: 0,
      answers: 0,
    }));
  return [...withBatches, ...lanOnly]
    .sort((a, b) => a.approved - b.approved || a.kiosk_id.localeCompare(b.kiosk_id))
    .map((row) => describeKiosk(row, lan.get(row.kiosk_id)));
}

function describeKiosk(row: KioskRow, lan: LanKiosk | undefined): KnownKiosk {
  return {
    kioskId: row.kiosk_id,
    pairingCode: pairingCode(row.kiosk_id),
    approved: row.approved === 1,
    firstSeenDay: row.first_seen_day,
    batches: row.batches,
    heldBatches: row.approved === 1 ? 0 : row.batches,
    heldAnswers: row.approved === 1 ? 0 : row.answers,
    lastContact: lastContact(row.last_stick_day, lan?.lastContactAt ?? null),
    lan: lan
      ? {
          state: lan.state === 'waiting' && lan.replaces !== null ? 'possible-key-change' : lan.state,
          askedAt: lan.askedAt,
          lastAddress: lan.lastAddress,
          waitingBatches: lan.waitingBatches,
          replaces: lan.replaces,
        }
      : null,
  };
}

/**
 * The later of the two routes. A stick import is known to the day only, so on the day of a
 * network contact the network's minute is shown: it is the more exact of the two.
 */
function lastContact(stickDay: string | null, lanMinute: string | null): KnownKiosk['lastContact'] {
  if (lanMinute !== null && (stickDay === null || lanMinute.slice(0, 10) >= stickDay))
    return { route: 'lan', at: lanMinute };
  return stickDay === null ? null : { route: 'stick', at: stickDay };
}

/** A kiosk staff have seen batches or a pairing request from; an unknown code is refused with what to check. */
export function findKiosk(db: Database, kioskId: string): KnownKiosk {
  const kiosk = listKiosks(db).find((known) => known.kioskId === kioskId);
  if (!kiosk) {
    throw new AppError(
      'not_found',
      `No kiosk ${kioskId} has sent batches or asked to pair with this staff tool. Check the code on the kiosk's admin screen; "kuulluksi staff kiosks" lists the kiosks seen so far.`,
    );
  }
  return kiosk;
}

export type ApprovedKiosk = {
  kioskId: string;
  alreadyApproved: boolean;
  releasedBatches: number;
  releasedAnswers: number;
  /** Whether its waiting request to pair over the network was granted now. */
  lanPaired: boolean;
};

/**
 * Lets a kiosk's batches count: its held batches join reports now, and a pairing request it
 * made over the network is granted, so it may deliver batches that way. Staff approve a
 * fingerprint after comparing it with the kiosk's admin screen, so an unknown one is refused
 * rather than remembered for later. Its receipt is left by approve-kiosk.ts, which needs the
 * staff keys.
 */
export function approveKiosk(db: Database, kioskId: string): ApprovedKiosk {
  return db.transaction(() => {
    const before = findKiosk(db, kioskId);
    const asked = lanKiosk(db, kioskId);
    if (asked) {
      // A kiosk that asked to pair before sending any batch is known from now on, by the key it asked with.
      db.prepare(
        'INSERT INTO kiosks (kiosk_id, public_key, approved, first_seen_day) VALUES (?, ?, 1, ?) ON CONFLICT DO NOTHING',
      ).run(kioskId, asked.publicKey, asked.askedAt.slice(0, 10));
    }
    db.prepare('UPDATE kiosks SET approved = 1 WHERE kiosk_id = ?').run(kioskId);
    return {
      kioskId,
      alreadyApproved: before.approved,
      releasedBatches: before.heldBatches,
      releasedAnswers: before.heldAnswers,
      lanPaired: pairLanKiosk(db, kioskId),
    };
  })();
}
