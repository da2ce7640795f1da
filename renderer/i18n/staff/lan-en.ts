import type { StaffLanDictionary } from './lan-fi.ts';

export const staffLanEn: StaffLanDictionary = {
  lastContact: 'Last contact',
  never: 'not yet',
  contactRoute: { lan: 'network', stick: 'USB stick' },
  waitingOnKiosk: (count) =>
    `${count} ${count === 1 ? 'batch waits' : 'batches wait'} on the kiosk (as it last said)`,
  lanStates: {
    waiting: 'Asking to pair over the network',
    paired: 'Paired over the network',
    'possible-key-change': 'Its key may have changed',
  },
  requestTitle: (code) => `Kiosk ${code} asks to pair over the network`,
  requestIntro:
    "Open the kiosk's admin view and compare both codes with what the kiosk shows. Approve only if both are exactly the same.",
  kioskCodeLabel: "Kiosk's code",
  thisPcCodeLabel: "This PC's code",
  receiverNotRunning:
    'This computer is not receiving over the network now, so its code cannot be compared. Turn receiving on in the Network section.',
  askedFrom: (at, address) => `Asked ${at} from address ${address}.`,
  keyChangeTitle: (code) => `Warning: this may be kiosk ${code} with a new key`,
  keyChangeText: (code) =>
    `A new key asks to pair from the address kiosk ${code} was last heard from. That happens when the kiosk was reinstalled, but also when another device pretends to be the kiosk. Go to the kiosk and check that its admin view shows exactly this code. If it does not, do not approve, and contact IT support.`,
  approveBoth: 'Both codes are the same: approve',
  pairedDone: (code) => `Kiosk ${code} is paired. It sends its batches to this computer at its next contact.`,
  intro:
    "Kiosks can deliver their batches to this computer over the centre's network instead of on a USB stick. Receiving is off until you turn it on here.",
  statusTitle: 'Receiving over the network',
  nameLabel: 'Name kiosks show',
  addressesLabel: 'Receiving on',
  off: 'Not receiving over the network.',
  starting: 'Starting…',
  failed: (problem) => `Not receiving: ${problem}`,
  fromCommandLine:
    'This staff tool was started with --lan-port and --lan-address, which decide where it receives. Change them in the command that starts it.',
  settingTitle: 'Where to receive',
  settingIntro:
    "Choose this computer's address on the centre's network. Kiosks use the same port. IT support must allow this one TCP port to this computer.",
  addressLabel: "This computer's address",
  addressHint: 'An IP address, such as 192.168.1.20.',
  addressChoices: "This computer's addresses on its networks:",
  useAddress: (address) => `Use ${address}`,
  noAddresses:
    "This computer has no network address just now. Connect it to the centre's network, or type an address.",
  portLabel: 'Port',
  portHint: (port) => `${port}, unless IT support says otherwise.`,
  turnOn: 'Receive on this address',
  turnOff: 'Stop receiving',
  saving: 'Saving…',
  turnedOn: (addresses) => `Now receiving on ${addresses}.`,
  turnedOff: 'Receiving over the network is off.',
  notListening: (problem) => `The setting was saved, but receiving did not start: ${problem}`,
};
