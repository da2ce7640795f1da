import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { LanProblemKind, LanState } from '../../../../shared/lan-status.ts';
import type { Clock } from '../../clock.ts';
import { lanRefusalCodes, type LanRefusalCode } from '../../lan/protocol.ts';
import { staffKeyFileSchema, type StaffKeyFile } from '../../keys/staff-public-key-format.ts';
import { localMinute } from '../change-log.ts';

/** The staff PC as the kiosk keeps it (migration 009). */
export type Receiver = {
  address: string;
  receiverKey: string;
  name: string;
  /** The staff keys its hello listed: batches are encrypted to them once staff approve. */
  staffKeys: StaffKeyFile[];
  state: Exclude<LanState, 'not-paired'>;
  appliedSerial: number;
  lastContactAt: string | null;
  problem: { kind: LanProblemKind; code: LanRefusalCode | null; detail: string; at: string } | null;
};

/** What went wrong at a try: a kind of its own, or the staff PC's refusal code. */
export type LanProblem =
  | { kind: Exclude<LanProblemKind, 'refused'>; detail: string }
  | { kind: 'refused'; code: LanRefusalCode; detail: string };

type Row = {
  address: string;
  receiver_key: string;
  name: string;
  staff_keys: string;
  state: Receiver['state'];
  applied_serial: number;
  last_contact_at: string | null;
  problem: string | null;
  problem_detail: string | null;
  problem_at: string | null;
};

const staffKeysSchema = z.array(staffKeyFileSchema);

/**
 * Reads and writes the one staff PC this kiosk delivers to over the LAN. Problems and contacts
 * are kept to the minute, as the change log keeps its entries: they say when the two machines
 * last talked, never anything about an answer.
 */
export function createReceiverStore(db: Database, clock: Clock) {
  const select = db.prepare<[], Row>('SELECT * FROM lan_receiver');
  const setState = db.prepare<[Receiver['state']]>('UPDATE lan_receiver SET state = ?');

  function read(): Receiver | null {
    const row = select.get();
    if (!row) return null;
    return {
      address: row.address,
      receiverKey: row.receiver_key,
      name: row.name,
      staffKeys: staffKeysSchema.parse(JSON.parse(row.staff_keys)),
      state: row.state,
      appliedSerial: row.applied_serial,
      lastContactAt: row.last_contact_at,
      problem: problemOf(row),
    };
  }

  return {
    read,
    /**
     * A pairing asked for: it replaces whatever staff PC was there before (a changed key, another
     * PC), and starts counting updates afresh, since the serials are the staff PC's own.
     */
    beginPairing(receiver: Pick<Receiver, 'address' | 'receiverKey' | 'name' | 'staffKeys'>): void {
      db.prepare(
        `INSERT OR REPLACE INTO lan_receiver (singleton, address, receiver_key, name, staff_keys, state)
         VALUES (1, ?, ?, ?, ?, 'waiting')`,
      ).run(receiver.address, receiver.receiverKey, receiver.name, JSON.stringify(receiver.staffKeys));
    },
    setState: (state: Receiver['state']) => void setState.run(state),
    /** The two machines got through to each other: the problem, if any, is over. */
    recordContact(): void {
      db.prepare(
        'UPDATE lan_receiver SET last_contact_at = ?, problem = NULL, problem_detail = NULL, problem_at = NULL',
      ).run(localMinute(clock()));
    },
    recordProblem(problem: LanProblem): void {
      db.prepare('UPDATE lan_receiver SET problem = ?, problem_detail = ?, problem_at = ?').run(
        problem.kind === 'refused' ? problem.code : problem.kind,
        problem.detail,
        localMinute(clock()),
      );
    },
    /** Within the transaction that applies the update's items. */
    setAppliedSerial: (serial: number) =>
      void db.prepare('UPDATE lan_receiver SET applied_serial = ?').run(serial),
  };
}

export type ReceiverStore = ReturnType<typeof createReceiverStore>;

/** A refusal is kept as its code, every other problem as its kind. */
function problemOf(row: Row): Receiver['problem'] {
  if (row.problem === null || row.problem_at === null) return null;
  const refused = (lanRefusalCodes as readonly string[]).includes(row.problem);
  return {
    kind: refused ? 'refused' : (row.problem as LanProblemKind),
    code: refused ? (row.problem as LanRefusalCode) : null,
    detail: row.problem_detail ?? '',
    at: row.problem_at,
  };
}
