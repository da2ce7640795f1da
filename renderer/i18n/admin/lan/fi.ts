import type { LanProblemKind, LanWaitReason } from '../../../../shared/lan-status.ts';
import type { LanAddressIssue } from '../../../../shared/lan-address.ts';

/** Why answers still wait on the kiosk, as reception can act on it: a sentence each. */
const whyFi: Record<LanWaitReason, string> = {
  'not-paired':
    'Kioskia ei ole yhdistetty henkilökunnan tietokoneeseen. Yhdistä se alla tai vie vastaukset muistitikulle.',
  'waiting-for-staff': 'Henkilökunta ei ole vielä hyväksynyt kioskia omalla näytöllään.',
  unreachable:
    'Henkilökunnan tietokone ei vastaa: se voi olla sammuksissa tai lepotilassa, tai verkko ei toimi. Vastaukset lähtevät, kun se vastaa taas.',
  'key-changed':
    'Henkilökunnan tietokone vastasi eri avaimella. Mitään ei lähetetä ennen kuin yhdistätte uudelleen.',
  'forgotten-by-staff': 'Henkilökunnan tietokone ei enää tunne tätä kioskia. Yhdistä uudelleen.',
  'clocks-differ':
    'Kioskin ja henkilökunnan tietokoneen kellot ovat liian eri ajassa. Pyydä IT-tukea korjaamaan kello.',
  'not-a-receiver': 'Osoitteessa vastasi jokin muu kuin henkilökunnan Kuulluksi-ohjelma. Tarkista osoite.',
  refused: 'Henkilökunnan tietokone ei ottanut vastauksia nyt vastaan. Se yrittää uudelleen itsestään.',
  'next-push':
    'Kaikki on kunnossa: vastaukset lähtevät seuraavalla kerralla, kun niiden aikajakso on päättynyt.',
};

/** What went wrong when the kiosk asked a staff PC who it is. */
const problemFi: Record<LanProblemKind, string> = {
  unreachable: 'Osoitteessa ei vastannut mikään. Tarkista osoite ja että henkilökunnan tietokone on päällä.',
  'not-a-receiver': 'Osoitteessa vastasi jokin muu kuin henkilökunnan Kuulluksi-ohjelma. Tarkista osoite.',
  'key-changed': 'Henkilökunnan tietokone vastasi eri avaimella kuin ennen.',
  refused: 'Henkilökunnan tietokone kieltäytyi.',
  'update-refused': 'Henkilökunnan tietokoneen lähettämä tieto ei läpäissyt tarkistusta.',
};

const addressIssueFi: Record<LanAddressIssue, string> = {
  empty: 'Kirjoita henkilökunnan tietokoneen osoite.',
  format: 'Kirjoita osoite muodossa osoite:portti, esim. 192.168.1.20:4781.',
  port: 'Portin on oltava numero 1–65535.',
};

/** Reception's words for sending answers to the staff PC over the network. */
export const lanFi = {
  note: 'Vastaukset voi lähettää henkilökunnan tietokoneelle verkon kautta salattuina. Muistitikku toimii aina myös.',
  foundTitle: 'Henkilökunnan tietokoneet verkossa',
  foundHint: 'Lista on vain apu: koodien vertaaminen ratkaisee.',
  searching: 'Etsitään verkosta…',
  noneFound: 'Verkosta ei löytynyt henkilökunnan tietokonetta. Kirjoita sen osoite alle.',
  searchAgain: 'Etsi uudelleen',
  addressLabel: 'Henkilökunnan tietokoneen osoite',
  addressHint: 'Esimerkiksi 192.168.1.20:4781. Osoite näkyy henkilökunnan tietokoneella.',
  addressIssue: addressIssueFi,
  ask: 'Näytä koodit',
  asking: 'Kysytään henkilökunnan tietokoneelta…',
  problem: (kind: LanProblemKind, code: string | null) =>
    kind === 'refused' && code === 'clock-skew' ? whyFi['clocks-differ'] : problemFi[kind],
  compareTitle: (name: string) => `Vertaa koodeja: ${name}`,
  compareHint:
    'Samojen koodien on näyttävä henkilökunnan tietokoneen näytöllä. Jos yksikin eroaa, älä yhdistä.',
  receiverCode: 'Henkilökunnan tietokone',
  staffKeyCode: 'Henkilökunnan avain',
  kioskCode: 'Tämä kioski',
  codesMatch: 'Koodit ovat samat: pyydä yhdistämistä',
  requesting: 'Pyydetään yhdistämistä…',
  waitingTitle: 'Odotetaan henkilökuntaa',
  waitingNote: 'Henkilökunta hyväksyy kioskin omalla näytöllään. Tämä näkymä päivittyy itsestään.',
  paired: 'Yhdistetty henkilökunnan tietokoneeseen.',
  pairedTo: (name: string, address: string) => `${name} (${address})`,
  lastContact: (when: string) => `Viimeksi yhteydessä: ${when}`,
  noContactYet: 'Ei vielä yhteyttä.',
  nothingWaits: 'Kaikki vastaukset on lähetetty.',
  waiting: (batches: number, answers: number) =>
    `Odottaa: ${batches === 1 ? '1 erä' : `${batches} erää`}, ${answers === 1 ? '1 vastaus' : `${answers} vastausta`}.`,
  why: whyFi,
  sendNow: 'Lähetä nyt',
  sending: 'Lähetetään…',
  sent: (batches: number) =>
    batches === 0
      ? 'Uutta lähetettävää ei ollut.'
      : `Lähetetty: ${batches === 1 ? '1 erä' : `${batches} erää`}.`,
  alarmTitle: 'Hälytys: henkilökunnan tietokoneen avain on vaihtunut',
  alarm:
    'Henkilökunnan tietokone vastasi eri avaimella kuin yhdistettäessä. Mitään ei lähetetä. Soita tai mene henkilökunnan luo ja tarkistakaa yhdessä, mistä on kyse; yhdistä sitten uudelleen ja vertaa koodit.',
  pairAgain: 'Yhdistä uudelleen',
  overviewAlarm: 'Hälytys: henkilökunnan tietokoneen avain on vaihtunut. Katso kohta Verkko.',
};

export type LanWords = typeof lanFi;
