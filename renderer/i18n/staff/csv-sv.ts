import type { StaffCsvDictionary } from './csv-fi.ts';

export const staffCsvSv: StaffCsvDictionary = {
  title: 'Spara som CSV-fil',
  intro:
    'Tabellen öppnas i Excel och LibreOffice. Den gäller vald period, plats och språk. Tal under det minsta antal som visas är tomma celler, och bredvid dem står varför.',
  kindLegend: 'Vad sparas',
  kinds: {
    aggregates: 'Antal: svar per fråga, svarsalternativ och tid',
    answers: 'Svarsrader: en rad per svar, bara månad och enhet, ingen kiosk, dag eller kommentar',
  },
  folderLabel: 'Mapp där filen sparas',
  folderHint: 'Mappens hela sökväg, till exempel C:\\Users\\namn\\Documents eller /media/namn/STICKA',
  folderMissing: 'Skriv mappens hela sökväg.',
  submit: 'Spara CSV-fil',
  saving: 'Sparar och kontrollerar filen…',
  saved: (file) => `Sparad: ${file}`,
};
