import { z } from 'zod';
import { newPinPattern, pinLength, pinPattern } from '../admin-access.ts';
import { questionChangeSchema, scheduleChangeSchema } from '../change-log-details.ts';
import { daySchema, questionIdSchema } from '../domain.ts';
import { kioskSettingsSchema } from '../kiosk-settings.ts';
import { lanAddressSchema, lanProblemKinds, lanStatusSchema } from '../lan-status.ts';
import { bankEntrySchema, questionDraftSchema } from '../question-bank.ts';
import { scheduleReasons, schedulePlanSchema, scheduleSchema } from '../schedule.ts';
import { stickProblems } from '../stick-problems.ts';
import { noInput, type MethodDefinition } from './method.ts';

/** A PIN typed to open the view: 4 to 8 digits, as PINs chosen before the 6-digit rule still open it. */
const pin = z.string().regex(pinPattern, `a PIN is ${pinLength.min} to ${pinLength.max} digits`);
/** A PIN being chosen: the core checks the rule again, whoever calls it. */
const newPin = z
  .string()
  .regex(newPinPattern, `a new PIN needs ${pinLength.newMin} to ${pinLength.max} digits`);
/** Proof of an unlocked admin view, handed out by the core and ended by it after idle time. */
const adminToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'expected an admin session token');

/** A wrong PIN is an expected outcome, not an error: the pad says how many tries are left. */
const wrongPin = z.strictObject({
  triesLeft: z.int().min(0),
  lockedForSeconds: z.int().min(1).nullable(),
});

/** The plan, and which question it puts on screen today and why. */
const scheduleView = z.strictObject({
  schedule: scheduleSchema,
  today: z.strictObject({ questionId: questionIdSchema, because: z.enum(scheduleReasons) }),
});

/** An export onto a USB stick, as reception follows it: progress, then "safe to remove" or why not. */
const stickExportState = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('idle') }),
  z.strictObject({
    state: z.literal('exporting'),
    stick: z.string(),
    written: z.int().min(0),
    total: z.int().min(0),
  }),
  z.strictObject({
    state: z.literal('done'),
    stick: z.string(),
    batches: z.int().min(0),
    answers: z.int().min(0),
  }),
  z.strictObject({ state: z.literal('failed'), stick: z.string(), problem: z.enum(stickProblems) }),
]);

/** Why nothing proper answered at a staff PC's address; nothing changed on the kiosk. */
const lanProblem = z.strictObject({
  problem: z.enum(lanProblemKinds),
  /** The staff PC's refusal code, for `refused`. */
  code: z.string().nullable(),
});

/** Reception's view behind the PIN on the kiosk: settings, question bank, plan, sticks, change log. */
export const adminMethods = {
  'admin.access': {
    roles: ['kiosk'],
    input: noInput,
    // What the PIN pad needs before a PIN is typed: whether one exists, and whether it is locked.
    output: z.strictObject({
      /**
       * `set`: type it. `choose`: none yet on a new kiosk, chosen on screen by whoever sets it up.
       * `ask-it`: none, but the kiosk has taken answers, so only IT can set one (command line).
       */
      pin: z.enum(['set', 'choose', 'ask-it']),
      lockedForSeconds: z.int().min(1).nullable(),
    }),
  },
  'admin.setFirstPin': {
    roles: ['kiosk'],
    // Refused once a PIN exists, and on a kiosk that has taken answers (`ask-it` above).
    input: z.strictObject({ pin: newPin }),
    output: z.strictObject({ token: adminToken }),
  },
  'admin.unlock': {
    roles: ['kiosk'],
    input: z.strictObject({ pin }),
    output: z.discriminatedUnion('unlocked', [
      z.strictObject({
        unlocked: z.literal(true),
        token: adminToken,
        /** The PIN typed is shorter than a new one may be: the view asks for it to be changed. */
        pinTooShort: z.boolean(),
      }),
      wrongPin.extend({ unlocked: z.literal(false) }),
    ]),
  },
  'admin.lock': {
    roles: ['kiosk'],
    input: z.strictObject({ token: adminToken }),
    output: noInput,
  },
  'admin.status': {
    roles: ['kiosk'],
    input: z.strictObject({ token: adminToken }),
    // Counts and days only: reception never sees a single answer or a breakdown by value.
    output: z.strictObject({
      pendingAnswers: z.int().min(0),
      oldestPendingDay: daySchema.nullable(),
      /** The oldest waiting answer is older than the export interval: time to export. */
      exportOverdue: z.boolean(),
      storageProblem: z.string().nullable(),
      storeSetAsideOn: z.array(daySchema),
      /** All answers given today, as one number: never by value, never with words. */
      answersToday: z.int().min(0),
      /** The kiosk's code, which staff compare before they accept its first batches. */
      kioskId: z.string(),
    }),
  },
  'admin.sticks': {
    roles: ['kiosk'],
    input: z.strictObject({ token: adminToken }),
    output: z.strictObject({
      sticks: z.array(z.strictObject({ path: z.string(), label: z.string(), prepared: z.boolean() })),
      export: stickExportState,
    }),
  },
  'admin.exportToStick': {
    roles: ['kiosk'],
    // Starts writing every waiting batch onto a stick the kiosk lists; progress comes from admin.sticks.
    input: z.strictObject({ token: adminToken, path: z.string().min(1) }),
    output: stickExportState,
  },
  'admin.lan': {
    roles: ['kiosk'],
    // The staff PC over the LAN: its name and address, the three codes to compare, the last
    // contact, what waits and why. Kinds only; the view words them.
    input: z.strictObject({ token: adminToken }),
    output: lanStatusSchema,
  },
  'admin.lanPair': {
    roles: ['kiosk'],
    // Asks the staff PC at a typed address who it is, shows its codes and asks it to pair; staff
    // approve on their screen. When nothing proper answers there, nothing changes.
    input: z.strictObject({ token: adminToken, address: lanAddressSchema }),
    output: z.discriminatedUnion('started', [
      z.strictObject({ started: z.literal(true), status: lanStatusSchema }),
      lanProblem.extend({ started: z.literal(false) }),
    ]),
  },
  'admin.lanPairing': {
    roles: ['kiosk'],
    // How a pairing goes: asks the staff PC again whether staff approved, then the status.
    input: z.strictObject({ token: adminToken }),
    output: lanStatusSchema,
  },
  'admin.lanDiscover': {
    roles: ['kiosk'],
    // Staff PCs that announce themselves on the network, found within a second or two: a hint
    // for the list, never trusted (the codes compared on both screens are what count).
    input: z.strictObject({ token: adminToken }),
    output: z.strictObject({
      found: z.array(z.strictObject({ name: z.string(), address: z.string() })),
      /** Why nothing could be searched (e.g. no network), as a sentence; null when it searched. */
      problem: z.string().nullable(),
    }),
  },
  'admin.lanHello': {
    roles: ['kiosk'],
    // Asks the staff PC at an address who it is, and the three codes to compare before pairing.
    // Nothing is stored: a mistyped address leaves the pairing the kiosk has as it is.
    input: z.strictObject({ token: adminToken, address: lanAddressSchema }),
    output: z.discriminatedUnion('answered', [
      z.strictObject({
        answered: z.literal(true),
        receiver: z.strictObject({ name: z.string(), address: z.string(), code: z.string() }),
        staffKeyCodes: z.array(z.string()),
        kioskCode: z.string(),
      }),
      lanProblem.extend({ answered: z.literal(false) }),
    ]),
  },
  'admin.lanPush': {
    roles: ['kiosk'],
    // Sends what waits to the paired staff PC now (after any transfer under way), then the status.
    input: z.strictObject({ token: adminToken }),
    output: z.strictObject({ delivered: z.int().min(0), status: lanStatusSchema }),
  },
  'admin.changePin': {
    roles: ['kiosk'],
    // The current PIN is asked again, so a passer-by at an admin view left open cannot change it.
    // A wrong current PIN counts towards the lockout like any other wrong PIN.
    input: z.strictObject({ token: adminToken, currentPin: pin, newPin }),
    output: z.discriminatedUnion('changed', [
      z.strictObject({ changed: z.literal(true) }),
      wrongPin.extend({ changed: z.literal(false) }),
    ]),
  },
  'admin.changeLog': {
    roles: ['kiosk'],
    input: z.strictObject({ token: adminToken }),
    // What was changed and when, newest first; never client data and never a PIN.
    output: z.strictObject({
      entries: z.array(
        z.strictObject({
          /** Local time, to the minute: YYYY-MM-DDTHH:MM. */
          at: z.string(),
          /** A settings key, or `pin` (set, changed, reset, or a lockout), `schedule` or `question`. */
          subject: z.string(),
          /** The new value or what happened as the core wrote it, e.g. "60" or `["fi","sv"]`. */
          detail: z.string(),
          /** A change to the question bank or the schedule, as data for the screen to word; null for any other entry. */
          change: z.union([questionChangeSchema, scheduleChangeSchema]).nullable(),
        }),
      ),
    }),
  },
  'admin.settings': {
    roles: ['kiosk'],
    input: z.strictObject({ token: adminToken }),
    output: kioskSettingsSchema,
  },
  'admin.updateSettings': {
    roles: ['kiosk'],
    // Some settings at once, all or none; each change is logged.
    input: z.strictObject({ token: adminToken, patch: kioskSettingsSchema.partial() }),
    output: kioskSettingsSchema,
  },
  'admin.questionBank': {
    roles: ['kiosk'],
    input: z.strictObject({ token: adminToken }),
    output: z.strictObject({ entries: z.array(bankEntrySchema) }),
  },
  'admin.addQuestion': {
    roles: ['kiosk'],
    // The core gives the question its id; `verbatim` can be chosen only here, never later.
    input: z.strictObject({ token: adminToken, draft: questionDraftSchema, verbatim: z.boolean() }),
    output: bankEntrySchema,
  },
  'admin.editQuestion': {
    roles: ['kiosk'],
    // A change to what is asked makes a new version; a change of area alone does not.
    input: z.strictObject({ token: adminToken, questionId: questionIdSchema, draft: questionDraftSchema }),
    output: bankEntrySchema,
  },
  'admin.archiveQuestion': {
    roles: ['kiosk'],
    input: z.strictObject({ token: adminToken, questionId: questionIdSchema, archived: z.boolean() }),
    output: bankEntrySchema,
  },
  'admin.schedule': {
    roles: ['kiosk'],
    input: z.strictObject({ token: adminToken }),
    output: scheduleView,
  },
  'admin.setSchedule': {
    roles: ['kiosk'],
    input: z.strictObject({ token: adminToken, plan: schedulePlanSchema }),
    output: scheduleView,
  },
  'admin.askNow': {
    roles: ['kiosk'],
    // On screen at once for the rest of today, whatever the plan says, and the default after that.
    input: z.strictObject({ token: adminToken, questionId: questionIdSchema }),
    output: scheduleView,
  },
  'admin.exit': {
    roles: ['kiosk'],
    // Closes the kiosk to the operating system: the only way out of the full-screen kiosk.
    input: z.strictObject({ token: adminToken }),
    output: noInput,
  },
} as const satisfies Record<string, MethodDefinition>;
