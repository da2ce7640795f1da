import type { StaffLanDictionary } from './lan-fi.ts';

export const staffLanSv: StaffLanDictionary = {
  lastContact: 'Senaste kontakt',
  never: 'inte än',
  contactRoute: { lan: 'nätverk', stick: 'USB-minne' },
  waitingOnKiosk: (count) =>
    `${count} ${count === 1 ? 'parti väntar' : 'partier väntar'} i kiosken (när den senast sade det)`,
  lanStates: {
    waiting: 'Ber om parkoppling över nätverket',
    paired: 'Parkopplad över nätverket',
    'possible-key-change': 'Nyckeln kan ha bytts',
  },
  requestTitle: (code) => `Kiosken ${code} ber om parkoppling över nätverket`,
  requestIntro:
    'Öppna kioskens administratörsvy och jämför båda koderna med det som kiosken visar. Godkänn bara om båda är exakt likadana.',
  kioskCodeLabel: 'Kioskens kod',
  thisPcCodeLabel: 'Den här datorns kod',
  receiverNotRunning:
    'Den här datorn tar inte emot över nätverket nu, så dess kod kan inte jämföras. Slå på mottagningen i delen Nätverk.',
  askedFrom: (at, address) => `Bad ${at} från adressen ${address}.`,
  keyChangeTitle: (code) => `Varning: det här kan vara kiosken ${code} med en ny nyckel`,
  keyChangeText: (code) =>
    `En ny nyckel ber om parkoppling från samma adress som kiosken ${code} senast hördes från. Så blir det när kiosken har installerats om, men också när en annan enhet utger sig för att vara kiosken. Gå till kiosken och kontrollera att dess administratörsvy visar exakt den här koden. Om den inte gör det, godkänn inte, och kontakta IT-stödet.`,
  approveBoth: 'Båda koderna är likadana: godkänn',
  pairedDone: (code) =>
    `Kiosken ${code} är parkopplad. Den skickar sina partier till den här datorn vid nästa kontakt.`,
  intro:
    'Kiosker kan leverera sina partier till den här datorn över centrets nätverk i stället för på ett USB-minne. Mottagningen är avslagen tills du slår på den här.',
  statusTitle: 'Mottagning över nätverket',
  nameLabel: 'Namn som kioskerna visar',
  addressesLabel: 'Tar emot på',
  off: 'Tar inte emot över nätverket.',
  starting: 'Startar…',
  failed: (problem) => `Tar inte emot: ${problem}`,
  fromCommandLine:
    'Det här personalverktyget startades med --lan-port och --lan-address, som bestämmer var det tar emot. Ändra dem i startkommandot.',
  settingTitle: 'Var partier tas emot',
  settingIntro:
    'Välj den här datorns adress i centrets nätverk. Kioskerna använder samma port. IT-stödet måste tillåta just den TCP-porten till den här datorn.',
  addressLabel: 'Den här datorns adress',
  addressHint: 'En IP-adress, till exempel 192.168.1.20.',
  addressChoices: 'Den här datorns adresser i nätverk:',
  useAddress: (address) => `Använd ${address}`,
  noAddresses:
    'Den här datorn har ingen nätverksadress just nu. Anslut den till centrets nätverk eller skriv en adress.',
  portLabel: 'Port',
  portHint: (port) => `${port}, om inte IT-stödet säger något annat.`,
  turnOn: 'Ta emot på den här adressen',
  turnOff: 'Sluta ta emot',
  saving: 'Sparar…',
  turnedOn: (addresses) => `Tar nu emot på ${addresses}.`,
  turnedOff: 'Mottagningen över nätverket är avslagen.',
  notListening: (problem) => `Inställningen sparades, men mottagningen startade inte: ${problem}`,
};
