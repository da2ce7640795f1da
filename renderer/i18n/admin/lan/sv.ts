import type { LanProblemKind, LanWaitReason } from '../../../../shared/lan-status.ts';
import type { LanAddressIssue } from '../../../../shared/lan-address.ts';
import type { LanWords } from './fi.ts';

const whySv: Record<LanWaitReason, string> = {
  'not-paired':
    'Kiosken är inte kopplad till personalens dator. Koppla den nedan eller exportera svaren till ett USB-minne.',
  'waiting-for-staff': 'Personalen har ännu inte godkänt kiosken på sin skärm.',
  unreachable:
    'Personalens dator svarar inte: den kan vara avstängd eller i viloläge, eller så fungerar nätverket inte. Svaren skickas när den svarar igen.',
  'key-changed': 'Personalens dator svarade med en annan nyckel. Inget skickas förrän ni kopplar på nytt.',
  'forgotten-by-staff': 'Personalens dator känner inte längre igen den här kiosken. Koppla på nytt.',
  'clocks-differ': 'Kioskens och personalens dators klockor går för olika. Be IT-stödet rätta klockan.',
  'not-a-receiver': 'Något annat än personalens Kuulluksi-program svarade på adressen. Kontrollera adressen.',
  refused: 'Personalens dator tog inte emot svaren just nu. Kiosken försöker igen av sig själv.',
  'next-push': 'Allt är i ordning: svaren skickas nästa gång, när deras tidsperiod är slut.',
};

const problemSv: Record<LanProblemKind, string> = {
  unreachable: 'Inget svarade på adressen. Kontrollera adressen och att personalens dator är på.',
  'not-a-receiver': 'Något annat än personalens Kuulluksi-program svarade på adressen. Kontrollera adressen.',
  'key-changed': 'Personalens dator svarade med en annan nyckel än förut.',
  refused: 'Personalens dator vägrade.',
  'update-refused': 'Det personalens dator skickade klarade inte kontrollen.',
};

const addressIssueSv: Record<LanAddressIssue, string> = {
  empty: 'Skriv personalens dators adress.',
  format: 'Skriv adressen som adress:port, t.ex. 192.168.1.20:4781.',
  port: 'Porten ska vara ett tal från 1 till 65535.',
};

export const lanSv: LanWords = {
  note: 'Svaren kan skickas krypterade till personalens dator via nätverket. Ett USB-minne fungerar alltid också.',
  foundTitle: 'Personalens datorer i nätverket',
  foundHint: 'Listan är bara en hjälp: det är koderna som avgör.',
  searching: 'Söker i nätverket…',
  noneFound: 'Ingen personaldator hittades i nätverket. Skriv dess adress nedan.',
  searchAgain: 'Sök igen',
  addressLabel: 'Personalens dators adress',
  addressHint: 'Till exempel 192.168.1.20:4781. Adressen syns på personalens dator.',
  addressIssue: addressIssueSv,
  ask: 'Visa koderna',
  asking: 'Frågar personalens dator…',
  problem: (kind, code) =>
    kind === 'refused' && code === 'clock-skew' ? whySv['clocks-differ'] : problemSv[kind],
  compareTitle: (name) => `Jämför koderna: ${name}`,
  compareHint: 'Samma koder ska synas på personalens dators skärm. Om en enda skiljer sig, koppla inte.',
  receiverCode: 'Personalens dator',
  staffKeyCode: 'Personalens nyckel',
  kioskCode: 'Den här kiosken',
  codesMatch: 'Koderna är samma: be om koppling',
  requesting: 'Ber om koppling…',
  waitingTitle: 'Väntar på personalen',
  waitingNote: 'Personalen godkänner kiosken på sin skärm. Vyn uppdateras av sig själv.',
  paired: 'Kopplad till personalens dator.',
  pairedTo: (name, address) => `${name} (${address})`,
  lastContact: (when) => `Senaste kontakt: ${when}`,
  noContactYet: 'Ingen kontakt ännu.',
  nothingWaits: 'Alla svar har skickats.',
  waiting: (batches, answers) =>
    `Väntar: ${batches === 1 ? '1 sats' : `${batches} satser`}, ${answers === 1 ? '1 svar' : `${answers} svar`}.`,
  why: whySv,
  sendNow: 'Skicka nu',
  sending: 'Skickar…',
  sent: (batches) =>
    batches === 0
      ? 'Det fanns inget nytt att skicka.'
      : `Skickat: ${batches === 1 ? '1 sats' : `${batches} satser`}.`,
  alarmTitle: 'Larm: personalens dators nyckel har bytts',
  alarm:
    'Personalens dator svarade med en annan nyckel än vid kopplingen. Inget skickas. Ring eller gå till personalen och kontrollera tillsammans vad det beror på; koppla sedan på nytt och jämför koderna.',
  pairAgain: 'Koppla på nytt',
  overviewAlarm: 'Larm: personalens dators nyckel har bytts. Se Nätverk.',
};
