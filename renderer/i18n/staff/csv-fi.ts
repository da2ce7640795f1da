/**
 * The staff tool's words about saving CSV files for a spreadsheet. Finnish first; the other
 * languages follow this shape.
 */
export const staffCsvFi = {
  title: 'Tallenna CSV-tiedostona',
  intro:
    'Taulukko avautuu Excelissä ja LibreOfficessa. Se kattaa valitun ajanjakson, paikan ja kielen. Alle pienimmän näytettävän määrän jäävät luvut ovat tyhjiä soluja, ja niiden vieressä lukee miksi.',
  kindLegend: 'Mitä tallennetaan',
  kinds: {
    aggregates: 'Luvut: vastausten määrät kysymyksittäin, vastauksittain ja ajan mukaan',
    answers:
      'Vastausrivit: yksi rivi vastausta kohden, vain kuukausi ja yksikkö, ei kioskia, päivää eikä kommentteja',
  },
  folderLabel: 'Kansio, johon tiedosto tallennetaan',
  folderHint: 'Kansion koko polku, esimerkiksi C:\\Users\\nimi\\Documents tai /media/nimi/TIKKU',
  folderMissing: 'Kirjoita kansion koko polku.',
  submit: 'Tallenna CSV-tiedosto',
  saving: 'Tallennetaan ja tarkistetaan tiedostoa…',
  saved: (file: string) => `Tallennettu: ${file}`,
};

export type StaffCsvDictionary = typeof staffCsvFi;
