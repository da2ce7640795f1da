import { z } from 'zod';
import { hasLanPort, lanAddressExample, lanAddressPattern } from './lan-address.ts';

/**
 * What the kiosk's admin view is told about delivering over the LAN (docs/lan.md), as kinds the
 * view words in reception's language; the kiosk's log keeps the full technical reason for IT.
 */

/** Where the kiosk stands with a staff PC. */
export const lanStates = [
  /** No staff PC was ever paired over the LAN (a stick still works). */
  'not-paired',
  /** The kiosk asked to pair; staff have not approved it on their screen yet. */
  'waiting',
  'paired',
  /** The staff PC answered with another key: nothing is sent until people pair again. */
  'key-changed',
  /** The staff PC no longer knows this kiosk: pair again. */
  'forgotten-by-staff',
] as const;
export type LanState = (typeof lanStates)[number];

/** What went wrong at the last try, if it has not gone right since. */
export const lanProblemKinds = [
  /** Nothing answered at the address (the PC is off, asleep, or the network is down). */
  'unreachable',
  /** Something answered that is not a Kuulluksi staff PC, or its reply did not prove itself. */
  'not-a-receiver',
  'key-changed',
  /** The staff PC refused a request; `code` says why (e.g. `clock-skew`, `full`). */
  'refused',
  /** An update from staff (a receipt) failed its checks and was not applied. */
  'update-refused',
] as const;
export type LanProblemKind = (typeof lanProblemKinds)[number];

/** Why batches or answers are still on the kiosk. */
export const lanWaitReasons = [
  'not-paired',
  'waiting-for-staff',
  'unreachable',
  'key-changed',
  'forgotten-by-staff',
  'clocks-differ',
  'not-a-receiver',
  /** Refused for another reason (the staff PC's disk is full, too many requests). */
  'refused',
  /** Nothing is wrong: they go at the next push (answers wait for their time slot to end). */
  'next-push',
] as const;
export type LanWaitReason = (typeof lanWaitReasons)[number];

/** A staff PC's address as typed: a host name or IPv4/IPv6 address, and a port. */
export const lanAddressSchema = z
  .string()
  .trim()
  .max(300)
  .regex(lanAddressPattern, lanAddressExample)
  .refine(hasLanPort, 'the port must be from 1 to 65535');

/** Local time to the minute, YYYY-MM-DDTHH:MM, as the change log keeps it. */
const minute = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const lanStatusSchema = z.strictObject({
  state: z.enum(lanStates),
  /** The staff PC paired with, or being paired with: its name is a hint, its code is what counts. */
  receiver: z.strictObject({ name: z.string(), address: z.string(), code: z.string() }).nullable(),
  /** The codes of the staff keys the staff PC named, which batches are encrypted to once paired. */
  staffKeyCodes: z.array(z.string()),
  /** This kiosk's own code, which the staff PC shows beside its request. */
  kioskCode: z.string(),
  lastContactAt: minute.nullable(),
  /** Sealed batches not yet delivered anywhere, and answers not yet sealed. */
  waitingBatches: z.int().min(0),
  waitingAnswers: z.int().min(0),
  /** Why anything waits; null when nothing does. */
  why: z.enum(lanWaitReasons).nullable(),
  problem: z
    .strictObject({
      kind: z.enum(lanProblemKinds),
      /** The staff PC's refusal code, for `refused`. */
      code: z.string().nullable(),
      at: minute,
    })
    .nullable(),
});
export type LanStatus = z.infer<typeof lanStatusSchema>;
