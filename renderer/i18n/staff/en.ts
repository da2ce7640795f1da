import type { StaffDictionary } from './fi.ts';
import { staffCommentsEn } from './comments-en.ts';
import { staffCsvEn } from './csv-en.ts';
import { staffDashboardEn } from './dashboard-en.ts';
import { staffLanEn } from './lan-en.ts';
import { staffSocialReportEn } from './social-report-en.ts';

export const staffEn: StaffDictionary = {
  toolTitle: 'Kuulluksi – staff',
  language: 'Language',
  opening: 'Opening the staff keys…',
  keyCode: (code) => `Staff key code: ${code}`,
  lan: staffLanEn,
  comments: staffCommentsEn,
  csv: staffCsvEn,
  dashboard: staffDashboardEn,
  socialReport: staffSocialReportEn,
  sectionsLabel: 'Sections',
  sections: {
    dashboard: 'Results',
    comments: 'Comments',
    import: 'Import',
    kiosks: 'Kiosks',
    network: 'Network',
    keys: 'Keys',
    socialReport: 'Social report',
  },
  notDone: (reason) => `Not done, nothing was changed. ${reason}`,
  tryAgain: 'Try again',
  back: 'Back',
  continue: 'Continue',
  fullPathHint: 'The full path, for example /media/name/STICK/… or E:\\…',
  failedTitle: 'The staff tool stopped at an error',
  failedAdvice: 'Reload the page. If the same error comes back, tell IT support and quote the error below.',
  failedDetail: 'Error:',
  reloadPage: 'Reload the page',

  firstRunTitle: 'Staff keys',
  firstRunIntro:
    'Kiosks encrypt answers to the staff key, and only it can read them. A backup of the keys is made at once: without one, losing this computer would lose every answer not yet imported.',
  chooseCreate: 'Create new staff keys',
  chooseRestore: 'Restore the keys from a backup',
  createTitle: 'Create new keys',
  createIntro:
    'The backup is written and opened again before the keys are used. Save it on a USB stick you keep away from this computer. Do not write the passphrase on the stick: keep it apart from the backup.',
  sticksFound: 'USB sticks found',
  noSticks: 'No USB stick found. Plug one in, or type the paths of the files yourself.',
  useStick: (label) => `Save on stick ${label}`,
  backupFileLabel: 'Backup file',
  backupPassphraseLabel: 'Backup passphrase',
  backupPassphraseHint: (min) =>
    `At least ${min} characters. A few unrelated words are easy to type and hard to guess.`,
  backupPassphraseAgainLabel: 'Backup passphrase again',
  passphrasesDiffer: 'The passphrases are not the same: type the same passphrase in both fields.',
  passphraseTooShort: (min) => `The passphrase needs at least ${min} characters.`,
  publicKeyFileLabel: 'Public key file for kiosks',
  publicKeyFileHint: 'Every kiosk is paired with this file. It is not secret.',
  pathMissing: (field) => `Type the full path of the file in ${field}.`,
  createSubmit: 'Create the keys and the backup',
  creating: 'Creating the keys and checking the backup…',
  restoreTitle: 'Restore the keys from a backup',
  restoreIntro:
    'On a new computer the keys are restored from their backup. Kiosks need nothing new, and all their batches can be imported here.',
  restoreSubmit: 'Restore the keys',
  restoring: 'Opening the backup…',
  createdTitle: 'The keys are created',
  createdBackup: (file) =>
    `Backup: ${file} (opened again and checked). Keep it away from this computer, and its passphrase apart from it.`,
  createdPublicKey: (file) => `Public key for kiosks: ${file}`,
  pairKiosks: 'Pair each kiosk with this file with the command:',
  restoredTitle: 'The keys are restored',
  restoredNote: 'Kiosks paired with these keys need nothing new.',

  keysIntro:
    'Kiosks encrypt answers to these keys. Here you can make another backup of the keys, or save the public key file for a new kiosk.',
  anotherBackupTitle: 'Make another backup',
  anotherBackupIntro:
    'For example one for the manager to keep, or a new one for a lost stick. It has its own passphrase: keep that apart from the stick.',
  anotherBackupSubmit: 'Make the backup',
  backingUp: 'Writing the backup and checking it…',
  backupWrittenTitle: 'The backup is made',
  publicKeyTitle: 'Save the public key file for kiosks',
  publicKeyIntro: 'When you set up a new kiosk, save the file on a stick and pair the kiosk with it.',
  publicKeySubmit: 'Save the public key file',
  savingPublicKey: 'Saving the public key file…',
  publicKeyWrittenTitle: 'The public key file is saved',

  problemTitle: 'The staff keys cannot be opened',
  problemNoPassphraseTitle: 'There is no protected passphrase for the keys',
  problemAdvice: {
    'passphrase-unavailable':
      'This computer offers no protected storage for the passphrase of the keys. On Linux a keyring is needed, such as GNOME Keyring or KWallet. Set one up and start the tool again, or start the tool with the command kuulluksi serve --role staff, which asks for a passphrase.',
    'wrong-passphrase':
      'The keys are protected by another passphrase than the one this tool was started with. If they were made with kuulluksi staff init, start the tool with kuulluksi serve --role staff and type that passphrase. Otherwise restore the keys from their backup into a new data folder.',
    'plain-keys':
      'An older version of Kuulluksi kept the keys unprotected. Protect them once with the command kuulluksi staff protect-keys --data DATA_FOLDER, then start the tool again.',
    damaged: 'The stored keys are damaged. Restore the keys from their backup into a new data folder.',
  },
  problemDetail: 'In detail:',

  importIntro:
    "Kiosks export answers into a USB stick's Kuulluksi folder. Plug the stick into this computer and import the answers.",
  sticksLabel: 'USB sticks',
  plugInStick: 'No USB stick found. Plug in a stick that has a Kuulluksi folder.',
  noKuulluksiFolder: 'no Kuulluksi folder',
  importButton: 'Import the answers',
  otherFolderLabel: 'Another folder or batch file',
  importOther: 'Import from here',
  importing: 'Importing and checking batches…',
  resultTitle: 'What the import did',
  countImported: 'Imported',
  countHeld: 'Waiting for the kiosk to be approved',
  countDuplicates: 'Imported before',
  countRejected: 'Rejected',
  batches: (count) => (count === 1 ? '1 batch' : `${count} batches`),
  nothingFound: 'No batch file (.age) was found there.',
  rejectedTitle: 'Rejected files',
  rejectedNote: 'Nothing was stored from a rejected file.',
  batchProblems: {
    'not-a-batch': 'This is not a Kuulluksi batch, or it is damaged (a copy cut short, for example).',
    'other-staff-key':
      'This batch was made for another staff key, not the one on this computer. Import it on the computer that has that key, or ask IT support which staff key the kiosk is paired with. (A file damaged at its very start looks the same.)',
    damaged:
      'The file is damaged or incomplete (a copy cut short, or a failing stick): copy it again from the kiosk’s stick and import the copy. If the file on the stick is damaged too, ask IT support.',
    'newer-format':
      'This batch was made by a newer version of Kuulluksi. Update Kuulluksi and import it again.',
    altered: 'This batch was changed after the kiosk made it, or it was not made by the kiosk it names.',
    conflicts:
      'This batch is at odds with batches imported before: it replaces one already imported or repeats its answers.',
    'finer-time':
      'This batch keeps the time of answers more exactly than its kiosk promised (the hour, from a kiosk set to parts of the day). Check the kiosk’s time setting and its Kuulluksi version.',
    link: 'This is a link to a file somewhere else, not a file on the stick itself, so it was not read. Copy the batch file itself onto the stick.',
    unreadable: 'The file cannot be read from its disk or stick. Check the stick and try again.',
  },
  technicalReason: (reason) => `Technical reason: ${reason}`,
  gapsTitle: 'Missing batches',
  gap: (kioskId, numbers, count) =>
    `kiosk ${kioskId}: ${count === 1 ? 'batch' : 'batches'} ${numbers} missing`,
  heldNote:
    'Batches from kiosks not approved yet are stored, but they do not count in the report. Compare the kiosk code and approve the kiosk under Kiosks.',
  openKiosks: 'Open Kiosks',
  noticeSetAside: (kioskId, day) =>
    `Kiosk ${kioskId}: its database was damaged on ${day} and set aside. Answers waiting for export then may be missing.`,
  receiptsWritten: (folders) =>
    `A receipt was written into ${folders}. At its next export there, the kiosk deletes the answers that are now here.`,
  receiptNotWritten: (folder, reason) =>
    `No receipt could be written into ${folder}: ${reason}. The import succeeded; the kiosk keeps the answers until a receipt reaches it or its retention period ends.`,
  noReceipts: 'No receipts written: there are no batches of an approved kiosk yet.',

  kiosksIntro:
    "Kiosks batches came from. A new kiosk's batches wait until you compare its code with the Overview of the kiosk's admin view and approve it.",
  noKiosks: 'No batches have been imported from any kiosk yet.',
  kioskCode: 'Kiosk code',
  firstSeen: 'First batch',
  kioskState: 'State',
  heldBatches: 'Batches waiting',
  heldAnswers: 'Answers waiting',
  actions: 'Actions',
  approvedState: 'Approved',
  waitingState: 'Waiting for approval',
  unknownDay: 'not known',
  approve: 'Approve',
  confirmTitle: (code) => `Approve kiosk ${code}?`,
  confirmText:
    "Open the kiosk's admin view and look up the kiosk code in its Overview. Approve only if it is exactly the same as this one. Once approved, the kiosk's batches count in the report.",
  confirmApprove: 'The code is the same: approve',
  cancel: 'Cancel',
  approvedDone: (code, batches, answers) =>
    `Kiosk ${code} is approved. Its ${batches} waiting batches (${answers} answers) now count in the report.`,
  approvalReceiptNotWritten: (folder, reason) =>
    `No receipt could be written into ${folder}: ${reason}. The approval succeeded. The kiosk keeps the answers until a receipt reaches it: the next import writes one into the folder it reads.`,
  approvalReceiptLater:
    'Which folder its batches came from is not known, so its receipt is written at the next import.',
};
