import type { StaffCsvDictionary } from './csv-fi.ts';

export const staffCsvEn: StaffCsvDictionary = {
  title: 'Save as CSV',
  intro:
    'The table opens in Excel and LibreOffice. It covers the period, place and language chosen. Counts below the smallest shown are empty cells, with the reason beside them.',
  kindLegend: 'What to save',
  kinds: {
    aggregates: 'Counts: answers per question, value and time',
    answers: 'Answer rows: one row per answer, only the month and centre, no kiosk, day or comments',
  },
  folderLabel: 'Folder to save the file in',
  folderHint: 'The folder’s full path, such as C:\\Users\\name\\Documents or /media/name/STICK',
  folderMissing: 'Type the folder’s full path.',
  submit: 'Save CSV file',
  saving: 'Saving and checking the file…',
  saved: (file) => `Saved: ${file}`,
};
