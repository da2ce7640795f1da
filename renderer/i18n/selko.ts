import { fi, onWeekday, type Dictionary } from './fi.ts';
import { formatTime } from './format-time.ts';

/**
 * Easy Finnish (selkosuomi) for what a client reads: short sentences, everyday words, one thing
 * at a time. Reception's and staff's screens stay in standard Finnish, so they are taken from `fi`.
 */
export const selko: Dictionary = {
  ...fi,
  scales: {
    'smiley-3': ['Huono', 'Ei hyvä, ei huono', 'Hyvä'],
    'smiley-4': ['Tosi huono', 'Huono', 'Hyvä', 'Tosi hyvä'],
    'smiley-5': ['Tosi huono', 'Huono', 'Ei hyvä, ei huono', 'Hyvä', 'Tosi hyvä'],
    'yes-no': ['Ei', 'Kyllä'],
    'yes-no-unsure': ['Ei', 'En tiedä', 'Kyllä'],
    'agree-5': ['Ei ole totta', 'Vähän ei ole totta', 'En tiedä', 'Vähän totta', 'Totta'],
  },
  answerChoices: 'Valitse vastaus',
  saving: 'Odota hetki…',
  thanks: 'Kiitos!',
  thanksSaved: 'Saimme vastauksesi.',
  saveFailed: 'Vastaus ei tallentunut. Kerro tästä työntekijälle.',
  commentTitle: 'Haluatko kirjoittaa jotain?',
  commentPrivacyNotice: 'Älä kirjoita nimiä. Älä kirjoita puhelinnumeroita tai osoitteita.',
  commentLabel: 'Sinun viestisi',
  commentPreview: 'Viesti tallentuu näin. Poistimme tiedon, josta sinut voi tunnistaa:',
  send: 'Lähetä',
  skip: 'Ohita',
  changeAnswer: 'Vaihda vastaus',
  changeHint: 'Valitse uusi vastaus. Edellinen vastaus on merkitty.',
  changeFailed: 'Ensimmäinen vastaus tallentui. Sitä ei voitu vaihtaa. Kerro tästä työntekijälle.',
  amendFailed: 'Vastaus tallentui. Lisäys ei tallentunut. Kerro tästä työntekijälle.',
  backToStart: 'Alkuun',
  unavailable: 'Kysely ei toimi nyt. Kokeillaan pian uudelleen.',
  oneMoment: 'Odota hetki. Kysely tulee pian takaisin.',
  closedNow: 'Kioski on nyt kiinni.',
  opensAgain: (weekday, time) =>
    `Kioski aukeaa taas ${onWeekday[weekday]} kello ${formatTime(time, 'selko')}.`,
  exportNotice: {
    exporting: 'Vastaukset siirtyvät muistitikulle…',
    done: 'Valmis. Muistitikun voi ottaa pois.',
    failed: 'Siirto muistitikulle ei onnistunut. Työntekijä: avaa ylläpito.',
  },
  readAloud: 'Kuuntele',
  largeText: 'Iso teksti',
  followUpTitle: 'Mikä oli tärkeintä?',
  helpButton: 'Tarvitsetko apua?',
  helpTitle: 'Saat apua',
  helpEmergency: 'Jos on hätä, soita 112.',
  helpCrisisLine: 'Voit soittaa ja puhua. Sinun ei tarvitse kertoa nimeä:',
  helpCentre: 'Voit myös puhua työntekijälle täällä.',
  helpNothingStored: 'Tätä ei tallenneta.',
  thanksHelp: 'Jos sinulla on paha olla, voit saada apua heti:',
  idleTitle: 'Oletko vielä tässä?',
  moreTime: 'Lisää aikaa',
  idleCountdown: (seconds) => `Palaamme alkuun ${seconds} sekunnin päästä.`,
  idleClearsText: 'Teksti, jonka kirjoitit, poistuu.',
};
