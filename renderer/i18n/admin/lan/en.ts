import type { LanProblemKind, LanWaitReason } from '../../../../shared/lan-status.ts';
import type { LanAddressIssue } from '../../../../shared/lan-address.ts';
import type { LanWords } from './fi.ts';

const whyEn: Record<LanWaitReason, string> = {
  'not-paired':
    'This kiosk is not connected to the staff PC. Connect it below, or export the answers to a USB stick.',
  'waiting-for-staff': 'Staff have not yet approved this kiosk on their screen.',
  unreachable:
    'The staff PC does not answer: it may be off or asleep, or the network is down. The answers go when it answers again.',
  'key-changed': 'The staff PC answered with a different key. Nothing is sent until you connect again.',
  'forgotten-by-staff': 'The staff PC no longer knows this kiosk. Connect again.',
  'clocks-differ': "The kiosk's and the staff PC's clocks are too far apart. Ask IT to set the clock right.",
  'not-a-receiver':
    "Something other than staff's Kuulluksi program answered at the address. Check the address.",
  refused: 'The staff PC did not take the answers just now. The kiosk tries again by itself.',
  'next-push': 'All is well: the answers go next time, once their time slot has ended.',
};

const problemEn: Record<LanProblemKind, string> = {
  unreachable: 'Nothing answered at that address. Check the address, and that the staff PC is on.',
  'not-a-receiver':
    "Something other than staff's Kuulluksi program answered at the address. Check the address.",
  'key-changed': 'The staff PC answered with a different key than before.',
  refused: 'The staff PC refused.',
  'update-refused': 'What the staff PC sent did not pass its checks.',
};

const addressIssueEn: Record<LanAddressIssue, string> = {
  empty: "Type the staff PC's address.",
  format: 'Type the address as address:port, e.g. 192.168.1.20:4781.',
  port: 'The port must be a number from 1 to 65535.',
};

export const lanEn: LanWords = {
  note: 'Answers can be sent encrypted to the staff PC over the network. A USB stick always works too.',
  foundTitle: 'Staff PCs on the network',
  foundHint: 'The list is only a help: comparing the codes is what counts.',
  searching: 'Searching the network…',
  noneFound: 'No staff PC was found on the network. Type its address below.',
  searchAgain: 'Search again',
  addressLabel: "Staff PC's address",
  addressHint: 'For example 192.168.1.20:4781. The staff PC shows its address.',
  addressIssue: addressIssueEn,
  ask: 'Show the codes',
  asking: 'Asking the staff PC…',
  problem: (kind, code) =>
    kind === 'refused' && code === 'clock-skew' ? whyEn['clocks-differ'] : problemEn[kind],
  compareTitle: (name) => `Compare the codes: ${name}`,
  compareHint: "The same codes must show on the staff PC's screen. If even one differs, do not connect.",
  receiverCode: 'Staff PC',
  staffKeyCode: 'Staff key',
  kioskCode: 'This kiosk',
  codesMatch: 'The codes match: ask to connect',
  requesting: 'Asking to connect…',
  waitingTitle: 'Waiting for staff',
  waitingNote: 'Staff approve this kiosk on their screen. This view updates by itself.',
  paired: 'Connected to the staff PC.',
  pairedTo: (name, address) => `${name} (${address})`,
  lastContact: (when) => `Last contact: ${when}`,
  noContactYet: 'No contact yet.',
  nothingWaits: 'All answers have been sent.',
  waiting: (batches, answers) =>
    `Waiting: ${batches === 1 ? '1 batch' : `${batches} batches`}, ${answers === 1 ? '1 answer' : `${answers} answers`}.`,
  why: whyEn,
  sendNow: 'Send now',
  sending: 'Sending…',
  sent: (batches) =>
    batches === 0
      ? 'There was nothing new to send.'
      : `Sent: ${batches === 1 ? '1 batch' : `${batches} batches`}.`,
  alarmTitle: "Alarm: the staff PC's key has changed",
  alarm:
    'The staff PC answered with a different key than when you connected. Nothing is sent. Call or go to staff and check together what happened; then connect again and compare the codes.',
  pairAgain: 'Connect again',
  overviewAlarm: "Alarm: the staff PC's key has changed. See Network.",
};
