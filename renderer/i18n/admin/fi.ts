import { pinLength } from '../../../shared/admin-access.ts';
import type { KioskSettings } from '../../../shared/kiosk-settings.ts';
import type { Language } from '../../../shared/languages.ts';
import type { ParticipationArea } from '../../../shared/participation-areas.ts';
import type { ScaleId } from '../../../shared/scales.ts';
import type { ScheduleReason } from '../../../shared/schedule.ts';
import type { NumberSetting } from '../../../shared/setting-limits.ts';
import type { StickProblem } from '../../../shared/stick-problems.ts';
import type { Weekday } from '../../../shared/weekdays.ts';
import { lanFi } from './lan/fi.ts';
import { wordWait } from './wait.ts';
import type { PictogramName } from '../../pictograms/names.ts';

/** What each setting is called on screen, and in the change log when it was changed. */
const settingNames: Record<keyof KioskSettings, string> = {
  kioskName: 'Kioskin nimi',
  centreName: 'Toimipaikan nimi',
  languages: 'Kielet',
  openingHours: 'Aukioloajat',
  timeGranularity: 'Ajan tarkkuus',
  retentionDays: 'Säilytysaika',
  exportIntervalDays: 'Vientiväli',
  thankYouSeconds: 'Kiitoksen kesto',
  idleSeconds: 'Odotusaika',
  repeatWindowSeconds: 'Toistoikkuna',
  crisisLines: 'Kriisipuhelimet',
  centreContact: 'Toimipaikan yhteystieto',
};

/** Why an export to a stick stopped, and what to do: reception reads it standing at the kiosk. */
const stickProblemsFi: Record<StickProblem, string> = {
  removed: 'Muistitikku irrotettiin kesken viennin. Kytke se uudelleen ja paina Vie vastaukset.',
  full: 'Muistitikku on täynnä. Käytä toista tikkua.',
  'read-only': 'Muistitikulle ei voi kirjoittaa. Käytä toista tikkua.',
  'not-verified': 'Tikulle kirjoitettu tiedosto ei ollut ehjä. Tikku voi olla rikki: käytä toista tikkua.',
  'write-error': 'Muistitikulle ei voinut kirjoittaa. Kokeile uudelleen tai toisella tikulla.',
  'not-paired': 'Kioskia ei ole yhdistetty henkilökunnan avaimeen. Pyydä IT-tukea yhdistämään se.',
  busy: 'Toinen vienti oli käynnissä samaan aikaan. Kokeile hetken päästä uudelleen.',
};

/** A wait in the genitive, as "kuluttua" and "ajaksi" take it: "1 tunnin ja 20 minuutin". */
const waitFi = (seconds: number) =>
  wordWait(seconds, {
    hours: (count) => `${count} tunnin`,
    minutes: (count) => `${count} minuutin`,
    and: 'ja',
  });

/**
 * Reception's words, Finnish first: plain sentences for a busy person at a touch screen. Easy
 * Finnish is for clients, so reception reads standard Finnish whichever language comes first.
 */
export const adminFi = {
  newKioskTitle: 'Tällä kioskilla ei ole vielä ylläpidon PIN-koodia.',
  newKioskNote: 'Aseta se vain, jos olet ottamassa tätä kioskia käyttöön nyt.',
  settingUpNow: 'Otan kioskin käyttöön nyt',
  askItForPin:
    'Tällä kioskilla ei ole ylläpidon PIN-koodia, mutta siihen on jo vastattu. Siksi PIN-koodin voi asettaa vain IT-tuki komennolla kuulluksi kiosk config --set-pin-file.',
  choosePinTitle: 'Valitse ylläpidon PIN-koodi',
  confirmPinTitle: 'Kirjoita sama PIN-koodi uudelleen',
  enterPinTitle: 'Ylläpito: kirjoita PIN-koodi',
  pinLabel: 'PIN-koodi',
  pinRule: `PIN-koodissa on ${pinLength.min}–${pinLength.max} numeroa.`,
  newPinRule: `Uudessa PIN-koodissa on oltava ${pinLength.newMin}–${pinLength.max} numeroa.`,
  pinsDiffer: 'Koodit eivät olleet samat. Aloita alusta.',
  wrongPin: (triesLeft: number) => `Väärä PIN-koodi. Yrityksiä jäljellä: ${triesLeft}.`,
  lockedOut: (seconds: number) =>
    `Liian monta väärää yritystä. Kokeile uudelleen ${waitFi(seconds)} kuluttua.`,
  shortPinReminder: `PIN-koodissa on alle ${pinLength.newMin} numeroa. Vaihda se vähintään ${pinLength.newMin}-numeroiseksi kohdassa Vaihda PIN-koodi.`,
  deleteDigit: 'Poista numero',
  ok: 'OK',
  cancel: 'Peruuta',
  close: 'Lukitse ja palaa',
  viewTitle: 'Ylläpito',
  locksItself: 'Ylläpito lukittuu itsestään minuutin kuluttua, jos mitään ei kosketa.',
  problem: 'Ylläpitoa ei voitu avata. Yritä uudelleen.',

  adminLanguage: 'Ylläpidon kieli',
  sectionsLabel: 'Ylläpidon osiot',
  sections: {
    overview: 'Yleiskatsaus',
    usb: 'Muistitikku',
    lan: 'Verkko',
    today: 'Päivän kysymys',
    bank: 'Kysymyspankki',
    hours: 'Aukioloajat',
    settings: 'Asetukset',
    pin: 'Vaihda PIN-koodi',
    exit: 'Sulje kioski',
  },
  loading: 'Ladataan…',
  saved: 'Tallennettu.',
  notSaved: (reason: string) => `Ei tallennettu, mitään ei muutettu. ${reason}`,
  yes: 'Kyllä',
  no: 'Ei',
  save: 'Tallenna',

  answersToday: (count: number) => `Tänään vastauksia: ${count}`,
  waitingForExport: (count: number) =>
    count === 1 ? 'Vientiä odottaa 1 vastaus.' : `Vientiä odottaa ${count} vastausta.`,
  nothingWaiting: 'Kaikki vastaukset on viety.',
  oldestWaiting: (day: string) => `Vanhin odottava vastaus: ${day}.`,
  exportOverdue: 'Vienti on myöhässä: vie vastaukset muistitikulle.',
  storageProblem: (reason: string) => `Vastauksia ei voi nyt tallentaa: ${reason}`,
  storeSetAside: (days: string) =>
    `Vaurioitunut tietokanta siirrettiin sivuun (${days}) ja uusi aloitettiin. Henkilökunta näkee tämän seuraavassa viennissä.`,
  kioskCode: (code: string) => `Kioskin tunnus: ${code}`,
  stickWaiting: 'Muistitikku on kytkettynä: vie vastaukset kohdasta Muistitikku.',
  changeLogTitle: 'Muutokset',
  changeLogEmpty: 'Asetuksia ei ole vielä muutettu.',
  changeLogWhen: 'Milloin',
  changeLogWhat: 'Mitä',
  changeLogDetail: 'Muutos',
  changeLogAt: (day: string, time: string) => `${day} klo ${time}`,
  subjects: {
    ...settingNames,
    pin: 'PIN-koodi',
    schedule: 'Kysymysten aikataulu',
    question: 'Kysymyspankki',
  } as Record<string, string>,

  pinEvents: {
    set: 'valittu',
    'set-by-it': 'asetettu komentoriviltä',
    reset: 'vaihdettu komentoriviltä',
    changed: 'vaihdettu',
  } as Record<string, string>,
  pinLockedOut: (seconds: number) => `liian monta väärää PIN-koodia: lukittu ${waitFi(seconds)} ajaksi`,
  questionChanges: {
    quoted: (text: string) => `”${text}”`,
    added: (question: string) => `Lisättiin ${question}`,
    addedVerbatim: (question: string) => `Lisättiin sanatarkkana ${question}`,
    newVersion: (question: string, version: number) => `${question}: uusi sanamuoto, versio ${version}`,
    area: (question: string, area: string | null) =>
      area === null ? `${question}, ei osallisuuden aluetta` : `${question}, osallisuuden alue: ${area}`,
    archived: (question: string) => `Arkistoitiin ${question}`,
    unarchived: (question: string) => `Palautettiin käyttöön ${question}`,
  },
  loggedAskNow: (question: string) => `Kysy tätä nyt: ${question}`,
  todayTitle: 'Tänään kysytään',
  because: {
    picked: 'Valittu tänään täältä ylläpidosta.',
    range: 'Ajanjakson kysymys.',
    weekday: 'Tämän viikonpäivän kysymys.',
    default: 'Oletuskysymys: mikään muu ei ole tänään voimassa.',
  } satisfies Record<ScheduleReason, string>,
  askNowTitle: 'Kysy heti',
  askNowLabel: 'Kysymys',
  askNowButton: 'Kysy tätä nyt',
  askNowNote: 'Kysymys tulee näytölle heti ja pysyy loppupäivän. Siitä tulee myös oletuskysymys.',
  askedNow: 'Kysymys on nyt näytöllä.',
  planTitle: 'Suunnitelma',
  planOrder: 'Ensin tänään valittu kysymys, sitten ajanjakso, sitten viikonpäivä, muuten oletuskysymys.',
  defaultQuestion: 'Oletuskysymys',
  weekdaysTitle: 'Viikonpäivien kysymykset',
  noWeekdayQuestion: '– ei omaa kysymystä –',
  rangesTitle: 'Ajanjaksot',
  noRanges: 'Ei ajanjaksoja.',
  rangeTitle: (number: number) => `Ajanjakso ${number}`,
  rangeFrom: 'Alkaa',
  rangeTo: 'Päättyy (viimeinen päivä)',
  rangeQuestion: 'Kysymys',
  rangeDatesMissing: (number: number) => `Ajanjakso ${number}: valitse alkamis- ja päättymispäivä.`,
  rangeEndsBeforeStart: (number: number) => `Ajanjakso ${number}: päättymispäivä on ennen alkamispäivää.`,
  rangesOverlap: (first: number, second: number) =>
    `Ajanjaksot ${first} ja ${second} ovat osin samoina päivinä. Päivällä voi olla vain yksi ajanjakso.`,
  addRange: 'Lisää ajanjakso',
  removeRange: 'Poista ajanjakso',
  savePlan: 'Tallenna suunnitelma',
  archivedMark: '(arkistoitu)',
  previewTitle: 'Esikatselu: näin asiakas näkee kysymyksen',
  previewLanguage: 'Esikatselun kieli',
  previewFallback: 'Tällä kielellä ei ole omaa tekstiä, joten asiakas näkee suomenkielisen.',

  bankTitle: 'Kysymykset',
  addQuestion: 'Lisää uusi kysymys',
  edit: 'Muokkaa',
  show: 'Näytä',
  archive: 'Arkistoi',
  unarchive: 'Palauta käyttöön',
  archivedTitle: (count: number) => `Arkistoidut kysymykset (${count})`,
  archivedNote: 'Arkistoitu kysymys säilyy vastauksineen, mutta sitä ei voi valita kysyttäväksi.',
  archiveBlocked: (uses: string) =>
    `Aikataulu kysyy tätä kysymystä (${uses}), joten sitä ei voi arkistoida. Muuta ensin aikataulua kohdassa Päivän kysymys.`,
  scheduledUses: {
    pickedToday: 'valittu tälle päivälle',
    asDefault: 'oletuksena',
    onWeekday: {
      mon: 'maanantaisin',
      tue: 'tiistaisin',
      wed: 'keskiviikkoisin',
      thu: 'torstaisin',
      fri: 'perjantaisin',
      sat: 'lauantaisin',
      sun: 'sunnuntaisin',
    } satisfies Record<Weekday, string>,
    inRange: (from: string, to: string) => `${from}–${to}`,
  },
  verbatimBadge: 'Sanatarkka',
  version: (version: number) => `Versio ${version}`,
  scaleNames: {
    'smiley-3': 'Kolme kasvoa',
    'smiley-4': 'Neljä kasvoa',
    'smiley-5': 'Viisi kasvoa',
    'yes-no': 'Kyllä tai ei',
    'yes-no-unsure': 'Kyllä, ei tai en osaa sanoa',
    'agree-5': 'Samaa tai eri mieltä',
  } satisfies Record<ScaleId, string>,
  areaNames: {
    'own-life': 'Osallisuus omaan elämään',
    influencing: 'Osallisuus vaikuttamiseen',
    'common-good': 'Osallisuus yhteiseen hyvään',
  } satisfies Record<ParticipationArea, string>,
  noArea: 'Ei osallisuuden aluetta',

  newQuestionTitle: 'Uusi kysymys',
  editQuestionTitle: 'Muokkaa kysymystä',
  verbatimQuestionTitle: 'Sanatarkka kysymys',
  backToBank: 'Takaisin kysymyksiin',
  questionTexts: 'Kysymys',
  textIn: {
    fi: 'Suomeksi (pakollinen)',
    sv: 'Ruotsiksi',
    en: 'Englanniksi',
    selko: 'Selkosuomeksi',
  } satisfies Record<Language, string>,
  fallbackHint: 'Jos kenttä jää tyhjäksi, asiakas näkee sillä kielellä suomenkielisen tekstin.',
  scaleTitle: 'Vastausasteikko',
  followUpsTitle: 'Tarkentavat vaihtoehdot',
  followUpsHint:
    'Vastattuaan asiakas voi valita yhden vaihtoehdon tai ohittaa sen. Keskimmäinen vastaus ei saa vaihtoehtoja.',
  positiveChips: 'Myönteisen vastauksen jälkeen',
  negativeChips: 'Kielteisen vastauksen jälkeen',
  chipTitle: (number: number) => `Vaihtoehto ${number}`,
  addChip: 'Lisää vaihtoehto',
  removeChip: 'Poista vaihtoehto',
  pictogram: 'Kuva',
  pictogramNames: {
    'thumbs-up': 'Peukku ylös',
    'thumbs-down': 'Peukku alas',
    shrug: 'Olankohautus',
    'people-talking': 'Puhekuplat',
    'listening-ear': 'Kuunteleva korva',
    handshake: 'Kädenpuristus',
    clock: 'Kello',
    coffee: 'Kahvikuppi',
    sandwich: 'Voileipä',
    house: 'Talo',
    shield: 'Kilpi',
    broom: 'Luuta',
    calendar: 'Kalenteri',
    information: 'Info',
    heart: 'Sydän',
    'light-bulb': 'Hehkulamppu',
    question: 'Kysymysmerkki',
    telephone: 'Puhelin',
    help: 'Pelastusrengas',
  } satisfies Record<PictogramName, string>,
  noPictogram: 'Ei kuvaa',
  freeText: 'Asiakas voi kirjoittaa lisää omin sanoin',
  areaTitle: 'Osallisuuden alue (THL)',
  itemCodeTitle: 'Kysymyksen tunnus (valinnainen)',
  itemCodeHint:
    'Esimerkiksi kysymyksen tunnus THL:n valtakunnallisessa asiakaspalautteessa, jotta vastauksia voi verrata muualla saatuihin. Enintään 32 merkkiä: kirjaimia, numeroita ja . _ : / -. Tunnuksen muuttaminen tekee kysymyksestä uuden version: vanhat vastaukset pitävät vanhan tunnuksen.',
  itemCodeInvalid:
    'Tunnuksessa voi olla enintään 32 merkkiä: kirjaimia, numeroita ja . _ : / -, ja sen pitää alkaa kirjaimella tai numerolla.',
  itemCodeShown: (code: string) => `Tunnus ${code}`,
  verbatim:
    'Sanatarkka kysymys, esimerkiksi THL:n valtakunnallisesta asiakaspalautteesta: sen sanamuotoa ei voi myöhemmin muokata.',
  verbatimNote: 'Tämä kysymys on sanatarkka: sitä ei voi muokata, vain korvata uudella.',
  verbatimAreaNote: 'Osallisuuden alueen ja tunnuksen voi silti vaihtaa.',
  newVersionNote:
    'Jos muutat sanamuotoa, asteikkoa tai vaihtoehtoja, tallennus tekee kysymyksestä uuden version. Vanhat vastaukset jäävät vanhan sanamuodon alle, joten raportit eivät sekoita kahta sanamuotoa.',
  finnishRequired: 'Kirjoita kysymys suomeksi: suomenkielinen teksti on pakollinen.',
  chipFinnishRequired: (list: string, number: number) =>
    `${list}, vaihtoehto ${number}: kirjoita teksti suomeksi.`,
  questionAdded: 'Kysymys lisättiin pankkiin.',
  questionSaved: (version: number) => `Tallennettu. Kysymyksen versio on nyt ${version}.`,
  archived: 'Kysymys arkistoitiin.',
  unarchived: 'Kysymys palautettiin käyttöön.',

  hoursTitle: 'Aukioloajat',
  hoursNote: 'Aukioloaikojen ulkopuolella kioski näyttää rauhallisen kiinni-näytön eikä ota vastauksia.',
  hoursMode: 'Milloin kioski ottaa vastauksia?',
  alwaysOpen: 'Aina auki',
  openByWeekday: 'Auki vain näinä aikoina',
  weekdayNames: {
    mon: 'Maanantai',
    tue: 'Tiistai',
    wed: 'Keskiviikko',
    thu: 'Torstai',
    fri: 'Perjantai',
    sat: 'Lauantai',
    sun: 'Sunnuntai',
  } satisfies Record<Weekday, string>,
  open: 'Auki',
  opens: 'Aukeaa',
  closes: 'Sulkeutuu',
  timeHour: 'tunti',
  timeMinutes: 'minuutit',
  closedAllDay: 'Kiinni koko päivän',
  copyToWeekdays: 'Kopioi maanantain ajat muille arkipäiville',

  settingNames,
  languageNames: { fi: 'Suomi', sv: 'Ruotsi', en: 'Englanti', selko: 'Selkosuomi' } satisfies Record<
    Language,
    string
  >,
  languagesHint:
    'Ensimmäinen kieli on oletus: jokainen asiakas aloittaa sillä. Kysymys, jolla ei ole tekstiä jollain kielellä, näkyy suomeksi.',
  defaultLanguageMark: '(oletus)',
  voiceReadsAloud: (language: string) => `${language}: Kuuntele-painike lukee tekstit ääneen.`,
  noVoice: (language: string) =>
    `${language}: tällä laitteella ei ole puheääntä tälle kielelle, joten Kuuntele-painiketta ei näytetä.`,
  moveUp: (language: string) => `Siirrä ylemmäs: ${language}`,
  moveDown: (language: string) => `Siirrä alemmas: ${language}`,
  offerAtLeastOne: 'Valitse ainakin yksi kieli.',
  namesTitle: 'Nimet',
  centreNameHint: 'Tyhjä kenttä: ei nimeä.',
  timeTitle: 'Ajan tarkkuus',
  dayPart: 'Vuorokaudenaika (aamu, iltapäivä, ilta)',
  hour: 'Tunti',
  timeHint:
    'Kuinka tarkasti vastauksen aika tallennetaan. Vuorokaudenaika suojaa vastaajia paremmin: hiljaisen tunnin ainoan vastauksen voisi yhdistää vastaajaan.',
  timingTitle: 'Ajat',
  allowedRange: ({ min, max }: { min: number; max: number }) => `Sallittu ${min}–${max}.`,
  numberHints: {
    thankYouSeconds: 'Sekuntia, jotka kiitos näkyy vastauksen jälkeen.',
    idleSeconds: 'Sekuntia ilman kosketusta ennen kuin kioski kysyy "Oletko vielä siinä?" ja palaa alkuun.',
    repeatWindowSeconds:
      'Sekuntia kiitoksen jälkeen, joiden aikana uusi vastaus merkitään mahdolliseksi toistoksi; 0 = pois. Vastausta ei koskaan hylätä.',
    retentionDays: 'Päivää, jotka viety vastaus säilyy kioskilla, jos vastaanottokuittausta ei tule.',
    exportIntervalDays: 'Päivää, joiden jälkeen odottavista vastauksista muistutetaan.',
  } satisfies Record<NumberSetting, string>,
  crisisTitle: 'Kriisipuhelimet ja yhteystieto',
  crisisLineIn: { fi: 'Suomeksi (myös selkosuomi)', sv: 'Ruotsiksi', en: 'Englanniksi' },
  crisisName: 'Nimi',
  crisisNumber: 'Numero',
  crisisHours: 'Milloin vastaa',
  centreContactHint: 'Näkyy apua-näytöllä. Tyhjä kenttä: "Voit myös kysyä täällä työntekijältä."',
  storageTitle: 'Vastausten säilytys',
  wholeNumber: (field: string) => `${field}: kirjoita kokonaisluku.`,
  outOfRange: (field: string, { min, max }: { min: number; max: number }) =>
    `${field}: sallittu ${min}–${max}.`,
  crisisNameMissing: (line: string) => `${line}: kirjoita kriisipuhelimen nimi.`,
  crisisNumberMissing: (line: string) => `${line}: kirjoita kriisipuhelimen numero.`,
  notPhoneNumber: (line: string) =>
    `${line}: kirjoita numero numeroin; välilyönnit, viivat ja sulkeet käyvät, ja alkuun voi laittaa +.`,
  nothingChanged: 'Et muuttanut mitään.',

  changePinTitle: 'Vaihda PIN-koodi',
  currentPinTitle: 'Kirjoita nykyinen PIN-koodi',
  newPinTitle: 'Kirjoita uusi PIN-koodi',
  newPinAgainTitle: 'Kirjoita uusi PIN-koodi uudelleen',
  pinChanged: 'PIN-koodi vaihdettiin. Käytä uutta koodia ensi kerralla.',

  exitTitle: 'Sulje kioski',
  exitNote:
    'Kioski sulkeutuu ja tietokoneen oma näkymä tulee esiin. Vastaukset säilyvät. Vahvista PIN-koodilla.',
  exitPinTitle: 'Vahvista sulkeminen PIN-koodilla',
  exited: 'Kioski on suljettu.',

  usbNote:
    'Vastaukset viedään muistitikulle salattuina: vain henkilökunnan ohjelma voi avata ne. Valmisteltu tikku (siinä on Kuulluksi-kansio) saa vastaukset itsestään heti, kun se kytketään.',
  plugInStick: 'Kytke muistitikku kioskiin.',
  sticksLabel: 'Kytketyt muistitikut',
  stickPrepared: 'valmisteltu',
  exportToStick: 'Vie vastaukset',
  exportingTo: (stick: string) => `Viedään vastauksia muistitikulle ${stick}…`,
  exportProgress: 'Vietyjä tiedostoja',
  exportDone: (answers: number, files: number) =>
    `Valmis: ${answers === 1 ? '1 vastaus' : `${answers} vastausta`} viety (${files === 1 ? '1 tiedosto' : `${files} tiedostoa`}). Voit irrottaa muistitikun.`,
  exportFailed: (problem: StickProblem) => `${stickProblemsFi[problem]} Vastaukset odottavat yhä.`,
  lan: lanFi,
};

export type AdminDictionary = typeof adminFi;
