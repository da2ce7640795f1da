import type { BatchProblem } from '../../../shared/batch-problems.ts';
import type { StaffKeyProblem } from '../../../shared/staff-keys.ts';
import { staffCommentsFi } from './comments-fi.ts';
import { staffCsvFi } from './csv-fi.ts';
import { staffDashboardFi } from './dashboard-fi.ts';
import { staffLanFi } from './lan-fi.ts';
import { staffSocialReportFi } from './social-report-fi.ts';

/**
 * The staff tool's words, Finnish first: for office staff at a desk, plain and exact. Commands
 * and file names stay as they are typed.
 */
export const staffFi = {
  toolTitle: 'Kuulluksi – henkilökunta',
  language: 'Kieli',
  opening: 'Avataan henkilökunnan avaimia…',
  keyCode: (code: string) => `Henkilökunnan avaimen tunnus: ${code}`,
  lan: staffLanFi,
  comments: staffCommentsFi,
  csv: staffCsvFi,
  dashboard: staffDashboardFi,
  socialReport: staffSocialReportFi,
  sectionsLabel: 'Osiot',
  sections: {
    dashboard: 'Tulokset',
    comments: 'Kommentit',
    import: 'Tuonti',
    kiosks: 'Kioskit',
    network: 'Verkko',
    keys: 'Avaimet',
    socialReport: 'Raportti päättäjille',
  },
  notDone: (reason: string) => `Ei onnistunut, mitään ei muutettu. ${reason}`,
  tryAgain: 'Yritä uudelleen',
  back: 'Takaisin',
  continue: 'Jatka',
  fullPathHint: 'Koko polku, esimerkiksi /media/nimi/TIKKU/… tai E:\\…',
  /** When one of the tool's screens failed while drawing: what failed, and the way back. */
  failedTitle: 'Henkilökunnan työkalu pysähtyi virheeseen',
  failedAdvice:
    'Lataa sivu uudelleen. Jos sama virhe toistuu, kerro siitä IT-tuelle ja mainitse alla oleva virhe.',
  failedDetail: 'Virhe:',
  reloadPage: 'Lataa sivu uudelleen',

  firstRunTitle: 'Henkilökunnan avaimet',
  firstRunIntro:
    'Kioskit salaavat vastaukset henkilökunnan avaimelle, ja vain sillä ne voi lukea. Avaimista tehdään heti varmuuskopio: ilman sitä tämän tietokoneen menetys veisi kaikki vastaukset, joita ei ole vielä tuotu.',
  chooseCreate: 'Luo uudet henkilökunnan avaimet',
  chooseRestore: 'Palauta avaimet varmuuskopiosta',
  createTitle: 'Luo uudet avaimet',
  createIntro:
    'Varmuuskopio kirjoitetaan ja avataan uudelleen ennen kuin avaimet otetaan käyttöön. Tallenna se muistitikulle, jota säilytät muualla kuin tämän tietokoneen luona. Älä kirjoita salalausetta tikulle: säilytä se erillään varmuuskopiosta.',
  sticksFound: 'Löydetyt muistitikut',
  noSticks: 'Muistitikkua ei löytynyt. Kytke tikku, tai kirjoita tiedostojen polut itse.',
  useStick: (label: string) => `Tallenna tikulle ${label}`,
  backupFileLabel: 'Varmuuskopiotiedosto',
  backupPassphraseLabel: 'Varmuuskopion salalause',
  backupPassphraseHint: (min: number) =>
    `Vähintään ${min} merkkiä. Muutama toisiinsa liittymätön sana on helppo kirjoittaa ja vaikea arvata.`,
  backupPassphraseAgainLabel: 'Varmuuskopion salalause uudelleen',
  passphrasesDiffer: 'Salalauseet eivät ole samat: kirjoita sama salalause kumpaankin kenttään.',
  passphraseTooShort: (min: number) => `Salalauseessa on oltava vähintään ${min} merkkiä.`,
  publicKeyFileLabel: 'Julkisen avaimen tiedosto kioskeille',
  publicKeyFileHint: 'Jokainen kioski yhdistetään tähän tiedostoon. Se ei ole salainen.',
  pathMissing: (field: string) => `Kirjoita kenttään ${field} tiedoston koko polku.`,
  createSubmit: 'Luo avaimet ja varmuuskopio',
  creating: 'Luodaan avaimia ja tarkistetaan varmuuskopiota…',
  restoreTitle: 'Palauta avaimet varmuuskopiosta',
  restoreIntro:
    'Uudella tietokoneella avaimet palautetaan varmuuskopiosta. Kioskit eivät tarvitse mitään uutta, ja kaikki niiden erät voi tuoda tänne.',
  restoreSubmit: 'Palauta avaimet',
  restoring: 'Avataan varmuuskopiota…',
  createdTitle: 'Avaimet on luotu',
  createdBackup: (file: string) =>
    `Varmuuskopio: ${file} (avattu uudelleen ja tarkistettu). Säilytä se muualla kuin tämän tietokoneen luona ja salalause erillään siitä.`,
  createdPublicKey: (file: string) => `Julkinen avain kioskeille: ${file}`,
  pairKiosks: 'Yhdistä jokainen kioski tähän tiedostoon komennolla:',
  restoredTitle: 'Avaimet on palautettu',
  restoredNote: 'Kioskit, jotka on yhdistetty näihin avaimiin, eivät tarvitse mitään uutta.',

  keysIntro:
    'Kioskit salaavat vastaukset näille avaimille. Täällä voit tehdä avaimista uuden varmuuskopion tai tallentaa julkisen avaimen tiedoston uutta kioskia varten.',
  anotherBackupTitle: 'Tee toinen varmuuskopio',
  anotherBackupIntro:
    'Esimerkiksi esihenkilön säilytettäväksi tai kadonneen tikun tilalle. Varmuuskopiolla on oma salalauseensa: säilytä se erillään tikusta.',
  anotherBackupSubmit: 'Tee varmuuskopio',
  backingUp: 'Kirjoitetaan varmuuskopiota ja tarkistetaan sitä…',
  backupWrittenTitle: 'Varmuuskopio on tehty',
  publicKeyTitle: 'Tallenna julkisen avaimen tiedosto kioskeille',
  publicKeyIntro: 'Kun otat käyttöön uuden kioskin, tallenna tiedosto tikulle ja yhdistä kioski siihen.',
  publicKeySubmit: 'Tallenna julkisen avaimen tiedosto',
  savingPublicKey: 'Tallennetaan julkisen avaimen tiedostoa…',
  publicKeyWrittenTitle: 'Julkisen avaimen tiedosto on tallennettu',

  problemTitle: 'Henkilökunnan avaimia ei voi avata',
  problemNoPassphraseTitle: 'Avaimille ei ole suojattua salalausetta',
  problemAdvice: {
    'passphrase-unavailable':
      'Tämä tietokone ei tarjoa suojattua säilytystä avainten salalauseelle. Linuxissa tarvitaan avainnippu, esimerkiksi GNOME Keyring tai KWallet. Ota se käyttöön ja käynnistä työkalu uudelleen, tai käynnistä työkalu komennolla kuulluksi serve --role staff, joka kysyy salalauseen.',
    'wrong-passphrase':
      'Avaimet on suojattu eri salalauseella kuin millä tämä työkalu käynnistettiin. Jos ne tehtiin komennolla kuulluksi staff init, käynnistä työkalu komennolla kuulluksi serve --role staff ja kirjoita sama salalause. Muuten palauta avaimet varmuuskopiosta uuteen datakansioon.',
    'plain-keys':
      'Vanhempi Kuulluksi-versio tallensi avaimet suojaamatta. Suojaa ne kerran komennolla kuulluksi staff protect-keys --data DATAKANSIO ja käynnistä työkalu uudelleen.',
    damaged: 'Avainten tallennus on vaurioitunut. Palauta avaimet varmuuskopiosta uuteen datakansioon.',
  } satisfies Record<StaffKeyProblem, string>,
  problemDetail: 'Tarkemmin:',

  importIntro:
    'Kioskit vievät vastaukset muistitikun Kuulluksi-kansioon. Kytke tikku tähän tietokoneeseen ja tuo vastaukset.',
  sticksLabel: 'Muistitikut',
  plugInStick: 'Muistitikkua ei löytynyt. Kytke tikku, jolla on Kuulluksi-kansio.',
  noKuulluksiFolder: 'ei Kuulluksi-kansiota',
  importButton: 'Tuo vastaukset',
  otherFolderLabel: 'Muu kansio tai erätiedosto',
  importOther: 'Tuo tästä',
  importing: 'Tuodaan ja tarkistetaan eriä…',
  resultTitle: 'Tuonnin tulos',
  countImported: 'Tuotu',
  countHeld: 'Odottaa kioskin hyväksyntää',
  countDuplicates: 'Tuotu jo aiemmin',
  countRejected: 'Hylätty',
  batches: (count: number) => (count === 1 ? '1 erä' : `${count} erää`),
  nothingFound: 'Sieltä ei löytynyt yhtään erätiedostoa (.age).',
  rejectedTitle: 'Hylätyt tiedostot',
  rejectedNote: 'Hylätystä tiedostosta ei tallennettu mitään.',
  batchProblems: {
    'not-a-batch': 'Tämä ei ole Kuulluksi-erä, tai se on vioittunut (esimerkiksi kesken jäänyt kopio).',
    'other-staff-key':
      'Erä on tehty toiselle henkilökunnan avaimelle, ei tämän tietokoneen avaimelle. Tuo se tietokoneella, jolla se avain on, tai kysy IT-tuelta, mihin henkilökunnan avaimeen kioski on yhdistetty. (Aivan alusta vioittunut tiedosto näyttää samalta.)',
    damaged:
      'Tiedosto on vioittunut tai vajaa (esimerkiksi kesken jäänyt kopio tai viallinen muistitikku): kopioi se uudelleen kioskin muistitikulta ja tuo kopio. Jos tikulla oleva tiedosto on myös vioittunut, pyydä apua IT-tuelta.',
    'newer-format': 'Erä on tehty uudemmalla Kuulluksi-versiolla. Päivitä Kuulluksi ja tuo erä uudelleen.',
    altered:
      'Erää on muutettu sen jälkeen, kun kioski teki sen, tai sitä ei ole tehnyt kioski, jonka nimissä se on.',
    conflicts:
      'Erä on ristiriidassa aiemmin tuotujen erien kanssa: se korvaa jo tuodun erän tai toistaa sen vastauksia.',
    'finer-time':
      'Erä kertoo vastausten ajan tarkemmin kuin sen kioski lupasi (tunnin, vaikka kioski on asetettu vuorokaudenaikoihin). Tarkista kioskin aika-asetus ja Kuulluksi-versio.',
    link: 'Tämä on linkki muualla olevaan tiedostoon eikä itse tiedosto tikulla, joten sitä ei luettu. Kopioi itse erätiedosto tikulle.',
    unreadable: 'Tiedostoa ei voi lukea levyltä tai muistitikulta. Tarkista tikku ja yritä uudelleen.',
  } satisfies Record<BatchProblem, string>,
  technicalReason: (reason: string) => `Tekninen syy: ${reason}`,
  gapsTitle: 'Puuttuvat erät',
  gap: (kioskId: string, numbers: string, count: number) =>
    `kioski ${kioskId}: ${count === 1 ? 'erä' : 'erät'} ${numbers} ${count === 1 ? 'puuttuu' : 'puuttuvat'}`,
  heldNote:
    'Kioskeilta, joita ei ole vielä hyväksytty, tuodut erät on tallennettu, mutta ne eivät näy raportissa. Vertaa kioskin tunnusta ja hyväksy kioski kohdassa Kioskit.',
  openKiosks: 'Avaa Kioskit',
  noticeSetAside: (kioskId: string, day: string) =>
    `Kioski ${kioskId}: sen tietokanta vaurioitui ${day} ja siirrettiin sivuun. Silloin vientiä odottaneet vastaukset voivat puuttua.`,
  receiptsWritten: (folders: string) =>
    `Kuittaus kirjoitettiin kansioon ${folders}. Seuraavassa viennissä sinne kioski poistaa vastaukset, jotka ovat nyt täällä.`,
  receiptNotWritten: (folder: string, reason: string) =>
    `Kuittausta ei voitu kirjoittaa kansioon ${folder}: ${reason}. Tuonti onnistui; kioski säilyttää vastaukset, kunnes kuittaus tavoittaa sen tai säilytysaika päättyy.`,
  noReceipts: 'Kuittauksia ei kirjoitettu: hyväksytyiltä kioskeilta ei ole vielä eriä.',

  kiosksIntro:
    'Kioskit, joilta on tuotu eriä. Uuden kioskin erät odottavat, kunnes vertaat sen tunnusta kioskin ylläpidon Yleiskatsaukseen ja hyväksyt sen.',
  noKiosks: 'Yhdeltäkään kioskilta ei ole vielä tuotu eriä.',
  kioskCode: 'Kioskin tunnus',
  firstSeen: 'Ensimmäinen erä',
  kioskState: 'Tila',
  heldBatches: 'Odottavat erät',
  heldAnswers: 'Odottavat vastaukset',
  actions: 'Toiminnot',
  approvedState: 'Hyväksytty',
  waitingState: 'Odottaa hyväksyntää',
  unknownDay: 'ei tiedossa',
  approve: 'Hyväksy',
  confirmTitle: (code: string) => `Hyväksytäänkö kioski ${code}?`,
  confirmText:
    'Avaa kioskin ylläpito ja katso Yleiskatsauksesta kioskin tunnus. Hyväksy vain, jos se on täsmälleen sama kuin tämä. Hyväksynnän jälkeen kioskin erät näkyvät raportissa.',
  confirmApprove: 'Tunnus on sama: hyväksy',
  cancel: 'Peruuta',
  approvedDone: (code: string, batches: number, answers: number) =>
    `Kioski ${code} hyväksyttiin. Sen ${batches} odottanutta erää (${answers} vastausta) näkyvät nyt raportissa.`,
  approvalReceiptNotWritten: (folder: string, reason: string) =>
    `Kuittausta ei voitu kirjoittaa kansioon ${folder}: ${reason}. Hyväksyntä onnistui. Kioski säilyttää vastaukset, kunnes kuittaus tavoittaa sen: seuraava tuonti kirjoittaa kuittauksen kansioon, josta se tuo.`,
  approvalReceiptLater:
    'Ei tiedetä, mistä kansiosta sen erät tuotiin, joten kuittaus kirjoitetaan seuraavassa tuonnissa.',
};

export type StaffDictionary = typeof staffFi;
