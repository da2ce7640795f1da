import { scaleWordsFi } from '../../shared/scale-words-fi.ts';
import type { Weekday } from '../../shared/weekdays.ts';
import { formatTime } from './format-time.ts';

/** "On Monday" and so on, as the closed screen says when the kiosk opens again. */
export const onWeekday: Record<Weekday, string> = {
  mon: 'maanantaina',
  tue: 'tiistaina',
  wed: 'keskiviikkona',
  thu: 'torstaina',
  fri: 'perjantaina',
  sat: 'lauantaina',
  sun: 'sunnuntaina',
};

/** Finnish, the default: every key of the UI is defined here first; other languages follow it. */
export const fi = {
  scales: scaleWordsFi,
  answerChoices: 'Vastausvaihtoehdot',
  saving: 'Tallennetaan…',
  thanks: 'Kiitos!',
  thanksSaved: 'Vastauksesi on tallennettu.',
  saveFailed: 'Vastaustasi ei voitu tallentaa. Kerro siitä henkilökunnalle.',
  commentTitle: 'Haluatko kertoa lisää?',
  /** Under the comment's label, before the keys: what not to write, since names and addresses cannot be found and removed. */
  commentPrivacyNotice: 'Älä kirjoita nimiä, puhelinnumeroita tai osoitteita.',
  commentLabel: 'Oma viestisi',
  commentCounter: (used: number, max: number) => `${used} / ${max} merkkiä`,
  commentPreview: 'Viestisi tallennetaan näin. Poistimme tiedot, joista sinut voisi tunnistaa:',
  removedKinds: {
    'identity-code': 'henkilötunnus',
    phone: 'puhelinnumero',
    email: 'sähköpostiosoite',
    iban: 'tilinumero',
  },
  send: 'Lähetä',
  skip: 'Ohita',
  changeAnswer: 'Vaihda vastaus',
  changeHint: 'Valitse uusi vastaus. Aiempi valintasi on merkitty.',
  changeFailed: 'Ensimmäinen vastauksesi on tallessa, mutta sitä ei voitu vaihtaa. Kerro henkilökunnalle.',
  amendFailed:
    'Vastauksesi on tallennettu, mutta lisäystä siihen ei voitu tallentaa. Kerro siitä henkilökunnalle.',
  backToStart: 'Takaisin alkuun',
  unavailable: 'Kysely ei ole juuri nyt käytössä. Yritetään uudelleen hetken päästä.',
  /** While the screen starts over after one of its screens failed. */
  oneMoment: 'Hetki vain. Kysely palaa pian.',
  closedNow: 'Kioski on nyt kiinni.',
  opensAgain: (weekday: Weekday, time: string) =>
    `Avaamme taas ${onWeekday[weekday]} klo ${formatTime(time, 'fi')}.`,
  /** Said on the start screen while staff's prepared stick takes the answers: files, never answers. */
  exportNotice: {
    exporting: 'Viedään vastauksia muistitikulle…',
    done: 'Vienti valmis. Muistitikun voi irrottaa.',
    failed: 'Vienti muistitikulle ei onnistunut. Henkilökunta: avaa ylläpito.',
  },
  keyboard: {
    label: 'Näppäimistö',
    backspace: 'Poista merkki',
    space: 'Välilyönti',
    shift: 'Isot kirjaimet',
    letters: 'Kirjaimet',
    accents: 'Muut kirjaimet',
    numbers: 'Numerot ja merkit',
  },
  about: {
    title: 'Tietoja',
    appPurpose: 'Nimetön palautekysely.',
    appLicence: 'Ohjelmistolla ei ole avointa lisenssiä. Kaikki oikeudet pidätetään.',
    pictogramsTitle: 'Kuvat',
    pictogramsCredit: 'Kaikki kuvat on suunnitellut OpenMoji – avoimen lähdekoodin emoji- ja ikoniprojekti.',
    licence: 'Lisenssi',
    website: 'Verkkosivu',
    pictogramsUsed: 'Tässä kioskissa käytetyt kuvat',
    close: 'Sulje',
  },
  language: 'Kieli',
  readAloud: 'Kuuntele',
  stopReading: 'Lopeta lukeminen',
  largeText: 'Isompi teksti',
  normalText: 'Tavallinen teksti',
  followUpTitle: 'Mikä vaikutti eniten?',
  followUpChoices: 'Vaihtoehdot',
  helpButton: 'Tarvitsetko apua nyt?',
  helpTitle: 'Apua on saatavilla',
  helpEmergency: 'Hätätilanteessa soita 112.',
  helpCrisisLine: 'Voit puhua jonkun kanssa nimettömästi:',
  helpCentre: 'Voit myös kysyä täällä työntekijältä.',
  helpNothingStored: 'Tästä näytöstä ei tallenneta mitään.',
  back: 'Takaisin',
  thanksHelp: 'Jos olo on raskas, et ole yksin. Apua saa heti:',
  idleTitle: 'Oletko vielä siinä?',
  moreTime: 'Lisää aikaa',
  idleCountdown: (seconds: number) => `Palataan alkuun ${seconds} sekunnin kuluttua.`,
  idleClearsText: 'Kirjoittamasi teksti poistetaan.',
  aboutButton: 'Tietoja',
};

export type Dictionary = typeof fi;
