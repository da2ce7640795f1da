/**
 * The staff tool's words about the centre's network: receiving batches from kiosks, and kiosks
 * asking to pair. Finnish first; the other languages follow this shape.
 */
export const staffLanFi = {
  // Kiosks section
  lastContact: 'Viimeksi yhteydessä',
  never: 'ei vielä',
  contactRoute: { lan: 'verkko', stick: 'USB-tikku' },
  waitingOnKiosk: (count: number) =>
    `${count} ${count === 1 ? 'erä odottaa' : 'erää odottaa'} kioskilla (kun se viimeksi kertoi)`,
  lanStates: {
    waiting: 'Pyytää yhdistämistä verkon kautta',
    paired: 'Yhdistetty verkon kautta',
    'possible-key-change': 'Avain on ehkä vaihtunut',
  },
  requestTitle: (code: string) => `Kioski ${code} pyytää yhdistämistä verkon kautta`,
  requestIntro:
    'Avaa kioskin ylläpitonäkymä ja vertaa molempia tunnuksia siihen, mitä kioski näyttää. Hyväksy vain, jos molemmat ovat täsmälleen samat.',
  kioskCodeLabel: 'Kioskin tunnus',
  thisPcCodeLabel: 'Tämän tietokoneen tunnus',
  receiverNotRunning:
    'Tämä tietokone ei nyt vastaanota verkon kautta, joten sen tunnusta ei voi verrata. Ota vastaanotto käyttöön Verkko-osiossa.',
  askedFrom: (at: string, address: string) => `Pyysi ${at} osoitteesta ${address}.`,
  keyChangeTitle: (code: string) => `Varoitus: tämä voi olla kioski ${code} uudella avaimella`,
  keyChangeText: (code: string) =>
    `Uusi avain pyytää yhdistämistä samasta osoitteesta, josta kioski ${code} viimeksi otti yhteyttä. Näin käy, kun kioski on asennettu uudelleen, mutta myös silloin, kun jokin muu laite esiintyy kioskina. Mene kioskin luo ja tarkista, että sen ylläpitonäkymä näyttää täsmälleen tämän tunnuksen. Jos ei näytä, älä hyväksy, ja ota yhteys IT-tukeen.`,
  approveBoth: 'Molemmat tunnukset ovat samat: hyväksy',
  pairedDone: (code: string) =>
    `Kioski ${code} on yhdistetty. Se lähettää eränsä tähän tietokoneeseen seuraavalla yhteydellään.`,
  // Network section
  intro:
    'Kioskit voivat toimittaa eränsä tähän tietokoneeseen keskuksen verkon kautta USB-tikun sijaan. Vastaanotto on pois päältä, kunnes otat sen käyttöön tässä.',
  statusTitle: 'Vastaanotto verkon kautta',
  nameLabel: 'Nimi, jonka kioskit näyttävät',
  addressesLabel: 'Vastaanottaa osoitteessa',
  off: 'Ei vastaanota verkon kautta.',
  starting: 'Käynnistyy…',
  failed: (problem: string) => `Ei vastaanota: ${problem}`,
  fromCommandLine:
    'Tämä henkilökunnan työkalu käynnistettiin valitsimilla --lan-port ja --lan-address, jotka päättävät, missä se vastaanottaa. Muuta niitä käynnistyskomennossa.',
  settingTitle: 'Missä vastaanotetaan',
  settingIntro:
    'Valitse tämän tietokoneen osoite keskuksen verkossa. Kioskit käyttävät samaa porttia. IT-tuen täytyy sallia tämä yksi TCP-portti tähän tietokoneeseen.',
  addressLabel: 'Tämän tietokoneen osoite',
  addressHint: 'IP-osoite, esimerkiksi 192.168.1.20.',
  addressChoices: 'Tämän tietokoneen osoitteet verkoissa:',
  useAddress: (address: string) => `Käytä ${address}`,
  noAddresses:
    'Tällä tietokoneella ei nyt ole verkko-osoitetta. Yhdistä se keskuksen verkkoon tai kirjoita osoite.',
  portLabel: 'Portti',
  portHint: (port: number) => `${port}, ellei IT-tuki sano toisin.`,
  turnOn: 'Vastaanota tässä osoitteessa',
  turnOff: 'Lopeta vastaanotto',
  saving: 'Tallennetaan…',
  turnedOn: (addresses: string) => `Vastaanottaa nyt osoitteessa ${addresses}.`,
  turnedOff: 'Vastaanotto verkon kautta on pois päältä.',
  notListening: (problem: string) => `Asetus tallennettiin, mutta vastaanotto ei käynnistynyt: ${problem}`,
};

export type StaffLanDictionary = typeof staffLanFi;
