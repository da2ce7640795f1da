import { z } from 'zod';
import { batchProblems } from '../batch-problems.ts';
import { readKioskCode } from '../kiosk-code.ts';
import { daySchema, localizedTextSchema, questionIdSchema } from '../domain.ts';
import { scaleIds } from '../scales.ts';
import { isLongEnoughPassphrase, minPassphraseLength, staffKeyProblems } from '../staff-keys.ts';
import { fullPath } from './full-path.ts';
import { noInput, type MethodDefinition } from './method.ts';
import { staffCommentMethods } from './staff-comments.ts';
import { staffExportMethods } from './staff-exports.ts';
import { staffReadingMethods } from './staff-reading.ts';
import { staffSocialReportMethods } from './staff-social-report.ts';

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

const newPassphrase = z
  .string()
  .max(1024)
  .refine(isLongEnoughPassphrase, `a new passphrase needs at least ${minPassphraseLength} characters`);

const kioskCode = z.string().transform((typed, context) => {
  const reading = readKioskCode(typed);
  if (reading.ok) return reading.kioskId;
  context.addIssue({ code: 'custom', message: reading.problem });
  return z.NEVER;
});

const importedBatch = z.strictObject({
  file: z.string(),
  kioskId: z.string(),
  seq: z.int().min(1),
  responses: z.int().min(0),
  notices: z.array(z.strictObject({ kind: z.enum(['store-set-aside']), day: daySchema })),
});

/** The receipts left for kiosks (by an import or an approval), and the folders that could not take one. */
const receiptsSchema = z.strictObject({
  written: z.array(z.strictObject({ file: z.string(), kioskId: z.string(), batches: z.int().min(0) })),
  notWritten: z.array(z.strictObject({ folder: z.string(), reason: z.string() })),
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
  receipts: receiptsSchema,
});

/** An IP address of this PC, as staff type or choose it: a name could stand for another address. */
const lanHost = z
  .string()
  .trim()
  .min(1, 'choose or type an address of this computer')
  .refine(
    (host) => z.ipv4().safeParse(host).success || z.ipv6().safeParse(host).success,
    'not an IP address of this computer (like 192.168.1.20)',
  );

const lanPort = z
  .int('the port must be a whole number from 1 to 65535')
  .min(1, 'the port must be a whole number from 1 to 65535')
  .max(65_535, 'the port must be a whole number from 1 to 65535');

/** The receiver kiosks deliver to over the centre's network (docs/lan.md), if it runs here. */
const lanStateSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('off') }),
  z.strictObject({
    state: z.enum(['starting', 'on']),
    /** "This PC's code": kiosks show the same when they pair. */
    receiverCode: z.string(),
    name: z.string(),
    /** HOST:PORT, each address it listens on (none while starting). */
    addresses: z.array(z.string()),
  }),
  z.strictObject({
    state: z.literal('failed'),
    receiverCode: z.string(),
    name: z.string(),
    problem: z.string(),
  }),
]);

/** The staff tool: keys, sticks, import, kiosk approval and the report. */
export const staffMethods = {
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
          /** The kiosk's code with check characters, as its admin view shows it for pairing. */
          pairingCode: z.string(),
          /** The latest of: a stick's batches (the day) or a network contact (the minute, local time). */
          lastContact: z.strictObject({ route: z.enum(['lan', 'stick']), at: z.string() }).nullable(),
          /** Its pairing over the network; null for a kiosk that never asked. */
          lan: z
            .strictObject({
              /** `possible-key-change`: a new key asked from where a paired kiosk was last heard from. */
              state: z.enum(['waiting', 'paired', 'possible-key-change']),
              askedAt: z.string(),
              lastAddress: z.string(),
              /** Batches it said still wait on it, at its last contact. */
              waitingBatches: z.int().min(0).nullable(),
              /** The paired kiosk whose key this one may replace. */
              replaces: z.string().nullable(),
            })
            .nullable(),
        }),
      ),
    }),
  },
  'staff.approveKiosk': {
    roles: ['staff'],
    // Staff compared the code with the kiosk's admin screen; its held batches count from now on,
    // a pairing it asked for over the network is granted, and its receipt goes back into the
    // folders they came from (and over the network). Refused while the keys are locked.
    input: z.strictObject({ kioskId: kioskCode }),
    output: z.strictObject({
      kioskId: z.string(),
      alreadyApproved: z.boolean(),
      releasedBatches: z.int().min(0),
      releasedAnswers: z.int().min(0),
      /** Its waiting request to pair over the network was granted now. */
      lanPaired: z.boolean(),
      receipts: receiptsSchema,
    }),
  },
  'staff.lanSetting': {
    roles: ['staff'],
    // What staff chose for receiving over the network; `fromCommandLine` when this run was told
    // where to listen (`serve --lan-port`), which wins and cannot be changed from the screen.
    input: noInput,
    output: z.strictObject({
      enabled: z.boolean(),
      host: z.string().nullable(),
      port: z.int().min(1).max(65_535),
      /** The port docs/lan.md names, which kiosks try when none is typed. */
      defaultPort: z.int().min(1).max(65_535),
      fromCommandLine: z.boolean(),
    }),
  },
  'staff.lanAddresses': {
    roles: ['staff'],
    // This PC's IPv4 addresses on its networks (no loopback): the choices for where to listen.
    input: noInput,
    output: z.strictObject({ addresses: z.array(z.string()) }),
  },
  'staff.setLan': {
    roles: ['staff'],
    // Stored at once, and the receiver stops, starts or moves at once; answers as `staff.lan`.
    input: z.discriminatedUnion('enabled', [
      z.strictObject({ enabled: z.literal(false) }),
      z.strictObject({ enabled: z.literal(true), host: lanHost, port: lanPort }),
    ]),
    output: lanStateSchema,
  },
  'staff.lan': {
    roles: ['staff'],
    // The receiver kiosks deliver to over the centre's network (docs/lan.md), if it runs here.
    input: noInput,
    output: lanStateSchema,
  },
  ...staffReadingMethods,
  ...staffSocialReportMethods,
  ...staffCommentMethods,
  ...staffExportMethods,
} as const satisfies Record<string, MethodDefinition>;
