import type { StaffDictionary } from './fi.ts';
import { staffCommentsSv } from './comments-sv.ts';
import { staffCsvSv } from './csv-sv.ts';
import { staffDashboardSv } from './dashboard-sv.ts';
import { staffLanSv } from './lan-sv.ts';
import { staffSocialReportSv } from './social-report-sv.ts';

export const staffSv: StaffDictionary = {
  toolTitle: 'Kuulluksi – personal',
  language: 'Språk',
  opening: 'Personalens nycklar öppnas…',
  keyCode: (code) => `Personalnyckelns kod: ${code}`,
  lan: staffLanSv,
  comments: staffCommentsSv,
  csv: staffCsvSv,
  dashboard: staffDashboardSv,
  socialReport: staffSocialReportSv,
  sectionsLabel: 'Delar',
  sections: {
    dashboard: 'Resultat',
    comments: 'Kommentarer',
    import: 'Import',
    kiosks: 'Kiosker',
    network: 'Nätverk',
    keys: 'Nycklar',
    socialReport: 'Rapport för beslutsfattare',
  },
  notDone: (reason) => `Inte gjort, inget ändrades. ${reason}`,
  tryAgain: 'Försök igen',
  back: 'Tillbaka',
  continue: 'Fortsätt',
  fullPathHint: 'Hela sökvägen, till exempel /media/namn/MINNE/… eller E:\\…',
  failedTitle: 'Personalens verktyg stannade vid ett fel',
  failedAdvice: 'Ladda om sidan. Om samma fel kommer igen, berätta det för IT-stödet och nämn felet nedan.',
  failedDetail: 'Fel:',
  reloadPage: 'Ladda om sidan',

  firstRunTitle: 'Personalens nycklar',
  firstRunIntro:
    'Kioskerna krypterar svaren till personalens nyckel, och bara den kan läsa dem. En säkerhetskopia av nycklarna görs genast: utan den skulle en förlorad dator ta med sig alla svar som inte importerats ännu.',
  chooseCreate: 'Skapa nya personalnycklar',
  chooseRestore: 'Återställ nycklarna från en säkerhetskopia',
  createTitle: 'Skapa nya nycklar',
  createIntro:
    'Säkerhetskopian skrivs och öppnas igen innan nycklarna tas i bruk. Spara den på ett USB-minne som du förvarar någon annanstans än vid den här datorn. Skriv inte lösenfrasen på minnet: förvara den skild från säkerhetskopian.',
  sticksFound: 'Hittade USB-minnen',
  noSticks: 'Inget USB-minne hittades. Anslut ett, eller skriv filernas sökvägar själv.',
  useStick: (label) => `Spara på minnet ${label}`,
  backupFileLabel: 'Säkerhetskopians fil',
  backupPassphraseLabel: 'Säkerhetskopians lösenfras',
  backupPassphraseHint: (min) =>
    `Minst ${min} tecken. Några orelaterade ord är lätta att skriva och svåra att gissa.`,
  backupPassphraseAgainLabel: 'Säkerhetskopians lösenfras igen',
  passphrasesDiffer: 'Lösenfraserna är inte likadana: skriv samma lösenfras i båda fälten.',
  passphraseTooShort: (min) => `Lösenfrasen måste ha minst ${min} tecken.`,
  publicKeyFileLabel: 'Fil med den offentliga nyckeln för kioskerna',
  publicKeyFileHint: 'Varje kiosk paras ihop med den här filen. Den är inte hemlig.',
  pathMissing: (field) => `Skriv filens hela sökväg i fältet ${field}.`,
  createSubmit: 'Skapa nycklarna och säkerhetskopian',
  creating: 'Nycklarna skapas och säkerhetskopian kontrolleras…',
  restoreTitle: 'Återställ nycklarna från en säkerhetskopia',
  restoreIntro:
    'På en ny dator återställs nycklarna från säkerhetskopian. Kioskerna behöver inget nytt, och alla deras satser kan importeras hit.',
  restoreSubmit: 'Återställ nycklarna',
  restoring: 'Säkerhetskopian öppnas…',
  createdTitle: 'Nycklarna är skapade',
  createdBackup: (file) =>
    `Säkerhetskopia: ${file} (öppnad igen och kontrollerad). Förvara den borta från den här datorn och lösenfrasen skild från den.`,
  createdPublicKey: (file) => `Offentlig nyckel för kioskerna: ${file}`,
  pairKiosks: 'Para ihop varje kiosk med filen med kommandot:',
  restoredTitle: 'Nycklarna är återställda',
  restoredNote: 'Kiosker som är ihopparade med de här nycklarna behöver inget nytt.',

  keysIntro:
    'Kioskerna krypterar svaren till de här nycklarna. Här kan du göra en ny säkerhetskopia av nycklarna eller spara filen med den offentliga nyckeln för en ny kiosk.',
  anotherBackupTitle: 'Gör en säkerhetskopia till',
  anotherBackupIntro:
    'Till exempel en som chefen förvarar, eller en ny i stället för ett förlorat minne. Säkerhetskopian har en egen lösenfras: förvara den skild från minnet.',
  anotherBackupSubmit: 'Gör säkerhetskopian',
  backingUp: 'Säkerhetskopian skrivs och kontrolleras…',
  backupWrittenTitle: 'Säkerhetskopian är gjord',
  publicKeyTitle: 'Spara filen med den offentliga nyckeln för kioskerna',
  publicKeyIntro:
    'När du tar en ny kiosk i bruk, spara filen på ett USB-minne och para ihop kiosken med den.',
  publicKeySubmit: 'Spara filen med den offentliga nyckeln',
  savingPublicKey: 'Filen med den offentliga nyckeln sparas…',
  publicKeyWrittenTitle: 'Filen med den offentliga nyckeln är sparad',

  problemTitle: 'Personalens nycklar kan inte öppnas',
  problemNoPassphraseTitle: 'Det finns ingen skyddad lösenfras för nycklarna',
  problemAdvice: {
    'passphrase-unavailable':
      'Den här datorn erbjuder ingen skyddad lagring för nycklarnas lösenfras. I Linux behövs en nyckelring, till exempel GNOME Keyring eller KWallet. Ta en i bruk och starta verktyget igen, eller starta verktyget med kommandot kuulluksi serve --role staff, som frågar efter en lösenfras.',
    'wrong-passphrase':
      'Nycklarna är skyddade med en annan lösenfras än den som verktyget startades med. Om de skapades med kuulluksi staff init, starta verktyget med kuulluksi serve --role staff och skriv den lösenfrasen. Annars återställ nycklarna från säkerhetskopian till en ny datamapp.',
    'plain-keys':
      'En äldre version av Kuulluksi sparade nycklarna oskyddade. Skydda dem en gång med kommandot kuulluksi staff protect-keys --data DATAMAPP och starta verktyget igen.',
    damaged: 'De sparade nycklarna är skadade. Återställ nycklarna från säkerhetskopian till en ny datamapp.',
  },
  problemDetail: 'Mer exakt:',

  importIntro:
    'Kioskerna exporterar svaren till USB-minnets mapp Kuulluksi. Anslut minnet till den här datorn och importera svaren.',
  sticksLabel: 'USB-minnen',
  plugInStick: 'Inget USB-minne hittades. Anslut ett minne som har en Kuulluksi-mapp.',
  noKuulluksiFolder: 'ingen Kuulluksi-mapp',
  importButton: 'Importera svaren',
  otherFolderLabel: 'Annan mapp eller satsfil',
  importOther: 'Importera härifrån',
  importing: 'Satser importeras och kontrolleras…',
  resultTitle: 'Importens resultat',
  countImported: 'Importerade',
  countHeld: 'Väntar på att kiosken godkänns',
  countDuplicates: 'Importerade redan tidigare',
  countRejected: 'Avvisade',
  batches: (count) => (count === 1 ? '1 sats' : `${count} satser`),
  nothingFound: 'Där fanns ingen satsfil (.age).',
  rejectedTitle: 'Avvisade filer',
  rejectedNote: 'Inget sparades från en avvisad fil.',
  batchProblems: {
    'not-a-batch':
      'Det här är ingen Kuulluksi-sats, eller så är den skadad (till exempel en avbruten kopia).',
    'other-staff-key':
      'Satsen är gjord för en annan personalnyckel, inte den på den här datorn. Importera den på datorn som har den nyckeln, eller fråga IT-stödet vilken personalnyckel kiosken är kopplad till. (En fil som är skadad redan i början ser likadan ut.)',
    damaged:
      'Filen är skadad eller ofullständig (till exempel en avbruten kopia eller en trasig minnessticka): kopiera den på nytt från kioskens minnessticka och importera kopian. Om filen på stickan också är skadad, be IT-stödet om hjälp.',
    'newer-format':
      'Satsen är gjord med en nyare version av Kuulluksi. Uppdatera Kuulluksi och importera satsen igen.',
    altered:
      'Satsen har ändrats efter att kiosken gjorde den, eller så är den inte gjord av den kiosk den uppger.',
    conflicts:
      'Satsen strider mot satser som importerats tidigare: den ersätter en redan importerad sats eller upprepar dess svar.',
    'finer-time':
      'Satsen anger svarens tid noggrannare än kiosken lovade (timmen, fast kiosken är inställd på delar av dygnet). Kontrollera kioskens tidsinställning och dess Kuulluksi-version.',
    link: 'Det här är en länk till en fil någon annanstans, inte själva filen på stickan, så den lästes inte. Kopiera själva satsfilen till stickan.',
    unreadable: 'Filen kan inte läsas från disken eller minnesstickan. Kontrollera stickan och försök igen.',
  },
  technicalReason: (reason) => `Teknisk orsak: ${reason}`,
  gapsTitle: 'Satser som saknas',
  gap: (kioskId, numbers, count) =>
    `kiosk ${kioskId}: ${count === 1 ? 'sats' : 'satserna'} ${numbers} saknas`,
  heldNote:
    'Satser från kiosker som inte godkänts ännu är sparade, men de syns inte i rapporten. Jämför kioskens kod och godkänn kiosken under Kiosker.',
  openKiosks: 'Öppna Kiosker',
  noticeSetAside: (kioskId, day) =>
    `Kiosk ${kioskId}: dess databas skadades ${day} och lades åt sidan. Svar som då väntade på export kan saknas.`,
  receiptsWritten: (folders) =>
    `Ett kvitto skrevs i ${folders}. Vid nästa export dit raderar kiosken de svar som nu finns här.`,
  receiptNotWritten: (folder, reason) =>
    `Inget kvitto kunde skrivas i ${folder}: ${reason}. Importen lyckades; kiosken behåller svaren tills ett kvitto når den eller lagringstiden tar slut.`,
  noReceipts: 'Inga kvitton skrevs: det finns inga satser från en godkänd kiosk ännu.',

  kiosksIntro:
    'Kiosker som satser har kommit från. En ny kiosks satser väntar tills du jämfört dess kod med Översikten i kioskens administration och godkänt den.',
  noKiosks: 'Inga satser har importerats från någon kiosk ännu.',
  kioskCode: 'Kioskens kod',
  firstSeen: 'Första satsen',
  kioskState: 'Läge',
  heldBatches: 'Väntande satser',
  heldAnswers: 'Väntande svar',
  actions: 'Åtgärder',
  approvedState: 'Godkänd',
  waitingState: 'Väntar på godkännande',
  unknownDay: 'okänt',
  approve: 'Godkänn',
  confirmTitle: (code) => `Godkänna kiosken ${code}?`,
  confirmText:
    'Öppna kioskens administration och se kioskens kod i Översikten. Godkänn bara om den är exakt densamma som den här. Efter godkännandet räknas kioskens satser i rapporten.',
  confirmApprove: 'Koden är densamma: godkänn',
  cancel: 'Avbryt',
  approvedDone: (code, batches, answers) =>
    `Kiosken ${code} är godkänd. Dess ${batches} väntande satser (${answers} svar) räknas nu i rapporten.`,
  approvalReceiptNotWritten: (folder, reason) =>
    `Inget kvitto kunde skrivas i ${folder}: ${reason}. Godkännandet lyckades. Kiosken behåller svaren tills ett kvitto når den: nästa import skriver kvittot i mappen den läser.`,
  approvalReceiptLater:
    'Det är inte känt från vilken mapp dess satser kom, så dess kvitto skrivs vid nästa import.',
};
