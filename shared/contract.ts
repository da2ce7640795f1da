/**
 * The one place a method is named. Each entry says which roles may call it and what goes in and
 * out; the IPC and HTTP transports, the core's dispatcher and the renderer's types all derive from
 * this object, so adding a method means adding one entry here and one handler in core.
 *
 * The renderer imports this file for its types only, which keeps zod out of the kiosk bundle.
 */
import { z } from 'zod';
import { pinPattern } from './admin-access.ts';
import { batchProblems } from './batch-problems.ts';
import { questionChangeSchema, scheduleChangeSchema } from './change-log-details.ts';
import { maxCommentLength } from './comment.ts';
import { chipSchema, daySchema, localizedTextSchema, questionIdSchema, questionSchema } from './domain.ts';
import { kioskSettingsSchema } from './kiosk-settings.ts';
import { bankEntrySchema, questionDraftSchema } from './question-bank.ts';
import { scheduleReasons, schedulePlanSchema, scheduleSchema } from './schedule.ts';
import { stickProblems } from './stick-problems.ts';
import { weekdays } from './weekdays.ts';
import type { Result } from './result.ts';
import { scaleIds } from './scales.ts';
import {
  fingerprintPattern,
  isLongEnoughPassphrase,
  minPassphraseLength,
  staffKeyProblems,
} from './staff-keys.ts';

export const roles = ['kiosk', 'staff'] as const;
export type Role = (typeof roles)[number];

type MethodDefinition = {
  roles: readonly Role[];
  input: z.ZodType;
  output: z.ZodType;
};

const noInput = z.strictObject({});

const pin = z.string().regex(pinPattern, 'a PIN is 4 to 8 digits');
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

/** A cell below the reporting threshold is `null`: shown as "fewer than k", never as a number. */
const suppressibleCount = z.int().min(0).nullable();

export const reportSchema = z.strictObject({
  minCellSize: z.int().min(1),
  questions: z.array(
    z.strictObject({
      questionId: questionIdSchema,
      questionVersion: z.int().min(1),
      scale: z.enum(scaleIds),
      texts: localizedTextSchema,
      total: suppressibleCount,
      cells: z.array(z.strictObject({ value: z.int(), count: suppressibleCount })),
    }),
  ),
});
export type Report = z.infer<typeof reportSchema>;

/**
 * A file or folder on the staff PC, named in full (`/media/…`, `E:\…`): the core's working
 * folder means nothing to the person typing.
 */
const fullPath = (what: string) =>
  z
    .string()
    .min(1, `name ${what}`)
    .max(4096)
    .refine(
      (path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path),
      'must be a full path, starting with / or a drive letter such as E:\\',
    );

const newPassphrase = z
  .string()
  .max(1024)
  .refine(isLongEnoughPassphrase, `a new passphrase needs at least ${minPassphraseLength} characters`);

const kioskCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(fingerprintPattern, 'must be a kiosk code like MZUH-VLPY-MK6X-O3EP');

const importedBatch = z.strictObject({
  file: z.string(),
  kioskId: z.string(),
  seq: z.int().min(1),
  responses: z.int().min(0),
  notices: z.array(z.strictObject({ kind: z.enum(['store-set-aside']), day: daySchema })),
});

/** What one import did with each file, by kiosk: nothing about any client. */
const importSummarySchema = z.strictObject({
  imported: z.array(importedBatch),
  /** Verified and stored, but from a kiosk staff have not approved yet. */
  held: z.array(importedBatch),
  duplicates: z.array(z.strictObject({ file: z.string(), kioskId: z.string(), seq: z.int().min(1) })),
  rejected: z.array(z.strictObject({ file: z.string(), problem: z.enum(batchProblems), reason: z.string() })),
  gaps: z.array(
    z.strictObject({ kioskId: z.string(), missing: z.array(z.strictObject({ from: z.int(), to: z.int() })) }),
  ),
  receipts: z.strictObject({
    written: z.array(z.strictObject({ file: z.string(), kioskId: z.string(), batches: z.int().min(0) })),
    notWritten: z.array(z.strictObject({ folder: z.string(), reason: z.string() })),
  }),
});

export const contract = {
  'session.describe': {
    roles: ['kiosk', 'staff'],
    input: noInput,
    output: z.strictObject({ role: z.enum(roles) }),
  },
  'kiosk.today': {
    roles: ['kiosk'],
    input: noInput,
    // Today's question while the kiosk is open; outside opening hours, when it opens next.
    output: z.discriminatedUnion('open', [
      z.strictObject({ open: z.literal(true), question: questionSchema }),
      z.strictObject({
        open: z.literal(false),
        opensNext: z.strictObject({ weekday: z.enum(weekdays), time: z.string() }).nullable(),
      }),
    ]),
  },
  'kiosk.submitResponse': {
    roles: ['kiosk'],
    input: z.strictObject({
      questionId: questionIdSchema,
      questionVersion: z.int().min(1),
      value: z.int(),
      /** The screen's judgement that this tap came right after the previous person's thank-you. */
      repeat: z.boolean().default(false),
    }),
    output: z.strictObject({ responseId: z.uuid() }),
  },
  'kiosk.addFollowUp': {
    roles: ['kiosk'],
    // Amends the answer saved at the first tap with one of the question's follow-up chips.
    input: z.strictObject({ responseId: z.uuid(), followUpId: chipSchema.shape.id }),
    output: noInput,
  },
  'kiosk.display': {
    roles: ['kiosk'],
    input: noInput,
    // What the client's screen needs to behave as the centre set it; nothing about answers.
    output: kioskSettingsSchema.pick({
      thankYouSeconds: true,
      idleSeconds: true,
      repeatWindowSeconds: true,
      languages: true,
      crisisLines: true,
      centreContact: true,
    }),
  },
  'kiosk.exportNotice': {
    roles: ['kiosk'],
    input: noInput,
    // An automatic export to a stick staff prepared needs no PIN, so the client's screen says
    // how it goes and when the stick may be pulled out: batch counts only, nothing else.
    output: z.discriminatedUnion('state', [
      z.strictObject({ state: z.literal('idle') }),
      z.strictObject({ state: z.literal('exporting'), written: z.int().min(0), total: z.int().min(0) }),
      z.strictObject({ state: z.literal('done') }),
      z.strictObject({ state: z.literal('failed') }),
    ]),
  },
  'kiosk.addComment': {
    roles: ['kiosk'],
    // Amends the answer saved at the first tap; the kiosk scrubs the text before storing it.
    input: z.strictObject({ responseId: z.uuid(), text: z.string().max(maxCommentLength) }),
    output: z.strictObject({
      stored: z.string(),
      removed: z.array(z.enum(['identity-code', 'phone', 'email', 'iban'])),
    }),
  },
  'admin.access': {
    roles: ['kiosk'],
    input: noInput,
    // What the PIN pad needs before a PIN is typed: whether one exists, and whether it is locked.
    output: z.strictObject({ pinSet: z.boolean(), lockedForSeconds: z.int().min(1).nullable() }),
  },
  'admin.setFirstPin': {
    roles: ['kiosk'],
    input: z.strictObject({ pin }),
    output: z.strictObject({ token: adminToken }),
  },
  'admin.unlock': {
    roles: ['kiosk'],
    input: z.strictObject({ pin }),
    output: z.discriminatedUnion('unlocked', [
      z.strictObject({ unlocked: z.literal(true), token: adminToken }),
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
  'admin.changePin': {
    roles: ['kiosk'],
    // The current PIN is asked again, so a passer-by at an admin view left open cannot change it.
    // A wrong current PIN counts towards the lockout like any other wrong PIN.
    input: z.strictObject({ token: adminToken, currentPin: pin, newPin: pin }),
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
          /** A settings key, or `pin`, `schedule` or `question`. */
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
  'staff.report': {
    roles: ['staff'],
    input: noInput,
    output: reportSchema,
  },
  'staff.keys': {
    roles: ['staff'],
    input: noInput,
    // Opens the keys at the first call (about a second), then answers from memory.
    output: z.strictObject({
      state: z.enum(['none', 'locked', 'unlocked']),
      /** The staff key code kiosks were paired with; null before there are keys. */
      keyCode: z.string().nullable(),
      problem: z.strictObject({ kind: z.enum(staffKeyProblems), message: z.string() }).nullable(),
    }),
  },
  'staff.createKeys': {
    roles: ['staff'],
    // First run: the backup is written and read back before the keys are kept; files are never overwritten.
    input: z.strictObject({
      backupFile: fullPath('the file for the key backup'),
      backupPassphrase: newPassphrase,
      publicKeyFile: fullPath('the file for the public staff key'),
    }),
    output: z.strictObject({ keyCode: z.string(), backupFile: z.string(), publicKeyFile: z.string() }),
  },
  'staff.backupKeys': {
    roles: ['staff'],
    // Another backup of the open keys (for the manager, or for a lost stick); read back, never overwriting.
    input: z.strictObject({
      backupFile: fullPath('the file for the key backup'),
      backupPassphrase: newPassphrase,
    }),
    output: z.strictObject({ keyCode: z.string(), backupFile: z.string() }),
  },
  'staff.writePublicKey': {
    roles: ['staff'],
    // The public staff key file again, to pair another kiosk; never overwriting.
    input: z.strictObject({ publicKeyFile: fullPath('the file for the public staff key') }),
    output: z.strictObject({ keyCode: z.string(), publicKeyFile: z.string() }),
  },
  'staff.restoreKeys': {
    roles: ['staff'],
    // A new staff PC: the keys from a backup; a wrong passphrase stores nothing.
    input: z.strictObject({
      backupFile: fullPath('the key backup file'),
      backupPassphrase: z.string().min(1, 'type the backup passphrase').max(1024),
    }),
    output: z.strictObject({ keyCode: z.string() }),
  },
  'staff.sticks': {
    roles: ['staff'],
    input: noInput,
    output: z.strictObject({
      sticks: z.array(
        z.strictObject({
          path: z.string(),
          label: z.string(),
          /** The stick's `Kuulluksi` folder, which kiosks export into; null when it has none. */
          importFolder: z.string().nullable(),
          /** Free file names on the stick, offered on the first run. */
          suggestedBackupFile: z.string(),
          suggestedPublicKeyFile: z.string(),
        }),
      ),
    }),
  },
  'staff.import': {
    roles: ['staff'],
    // Refused while the keys are locked; a path that does not exist is refused before anything is read.
    input: z.strictObject({
      paths: z
        .array(fullPath('a folder or batch file'))
        .min(1, 'name at least one folder or batch file to import')
        .max(100),
    }),
    output: importSummarySchema,
  },
  'staff.kiosks': {
    roles: ['staff'],
    input: noInput,
    output: z.strictObject({
      kiosks: z.array(
        z.strictObject({
          kioskId: z.string(),
          approved: z.boolean(),
          /** Null for kiosks seen before Kuulluksi recorded the day. */
          firstSeenDay: daySchema.nullable(),
          batches: z.int().min(0),
          heldBatches: z.int().min(0),
          heldAnswers: z.int().min(0),
        }),
      ),
    }),
  },
  'staff.approveKiosk': {
    roles: ['staff'],
    // Staff compared the code with the kiosk's admin screen; its held batches count from now on.
    input: z.strictObject({ kioskId: kioskCode }),
    output: z.strictObject({
      kioskId: z.string(),
      alreadyApproved: z.boolean(),
      releasedBatches: z.int().min(0),
      releasedAnswers: z.int().min(0),
    }),
  },
} as const satisfies Record<string, MethodDefinition>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;

/** The methods a role may call. */
export type MethodOf<R extends Role> = {
  [M in MethodName]: R extends Contract[M]['roles'][number] ? M : never;
}[MethodName];

export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

/** What a renderer holds: one typed call, whatever carries it (IPC in Electron, HTTP in a browser). */
export interface Api<R extends Role> {
  call<M extends MethodOf<R>>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
}

/** What Electron's preload puts on `window.kuulluksi`: the typed call plus the window's role. */
export type RoleApi<R extends Role> = Api<R> & { role: R };

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The method names a role may call, for transports that must list them (the preload). */
export function methodsOf<R extends Role>(role: R): MethodOf<R>[] {
  return (Object.keys(contract) as MethodName[]).filter((name) =>
    (contract[name].roles as readonly Role[]).includes(role),
  ) as MethodOf<R>[];
}
