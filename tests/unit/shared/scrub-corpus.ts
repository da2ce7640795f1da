/**
 * Deterministic corpora for the scrubber's tests: personal data in the writings clients use, each
 * inside a sentence with the text the scrubber must give back, and ordinary sentences full of
 * numbers that must come back untouched. A fixed seed makes every run see the same cases, so a
 * failure names an input that can be replayed.
 */
import { type RemovedKind, scrubMarker } from '../../../shared/scrub/index.ts';

export type PiiCase = { kind: RemovedKind; value: string; input: string; expected: string };

/** mulberry32: a few lines, good enough to vary test data, the same numbers for the same seed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  /** `N` becomes any digit, `M` a digit 1–9, `A` a capital letter, `C` a capital or a digit. */
  const fill = (pattern: string) =>
    pattern.replace(/[NMAC]/g, (slot) =>
      slot === 'N'
        ? String(int(0, 9))
        : slot === 'M'
          ? String(int(1, 9))
          : pick([...(slot === 'A' ? letters : letters + digits)]),
    );
  return { int, pick, pad, fill };
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const digits = '0123456789';

/** Sentences in Finnish, Swedish and English with `{}` where the personal data goes; no digits. */
const contexts = [
  '{}',
  'Mun tiedot on {} kiitos',
  '{} on mun, soittakaa',
  'Tässä: {}.',
  'Ota yhteyttä ({})',
  'Kirjoitin "{}" lappuun',
  'tieto:{}',
  'Kiitos!{}',
  '– {} –',
  'Mina uppgifter är {}, tack.',
  'Hör av er: {}!',
  'My details are {}?',
  'Please call «{}» anytime',
  'moi\n{}\nheippa',
];

const inContext = (kind: RemovedKind, value: string, context: string): PiiCase => ({
  kind,
  value,
  input: context.replace('{}', value),
  expected: context.replace('{}', scrubMarker),
});

/** Every century sign in both cases, valid and wrong check characters, and the common slips. */
function identityCodes(random: ReturnType<typeof seeded>): PiiCase[] {
  const checks = '0123456789ABCDEFHJKLMNPRSTUVWXY';
  const signs = ['+', '-', ...'YXWVUABCDEF', ...'yxwvuabcdef'];
  const code = (sign: string, validCheck: boolean) => {
    const birth = `${random.pad(random.int(1, 28))}${random.pad(random.int(1, 12))}${random.pad(random.int(0, 99))}`;
    const individual = String(random.int(2, 899)).padStart(3, '0');
    const valid = checks[Number(birth + individual) % 31]!;
    const check = validCheck ? valid : random.pick([...checks.replace(valid, '')]);
    return { birth, sign, individual, check };
  };
  const cases: PiiCase[] = [];
  for (const sign of signs) {
    for (const validCheck of [true, false]) {
      for (const context of contexts.slice(0, 7)) {
        const { birth, individual, check } = code(sign, validCheck);
        cases.push(inContext('identity-code', birth + sign + individual + check, context));
      }
    }
  }
  const slips = [
    (c: ReturnType<typeof code>) => `${c.birth} ${c.sign}${c.individual}${c.check}`,
    (c: ReturnType<typeof code>) => `${c.birth}${c.sign} ${c.individual}${c.check}`,
    (c: ReturnType<typeof code>) => `${c.birth} ${c.sign} ${c.individual}${c.check}`,
    (c: ReturnType<typeof code>) => `${c.birth}${c.sign}${c.individual}${c.check.toLowerCase()}`,
    (c: ReturnType<typeof code>) => `${c.birth}${c.sign}${c.individual}`,
    (c: ReturnType<typeof code>) => `${c.birth}–${c.individual}${c.check}`,
    (c: ReturnType<typeof code>) => `${c.birth} ${c.individual}${random.pick([...'ABCDEFHJKLMNPRSTUVWXY'])}`,
    (c: ReturnType<typeof code>) => `${c.birth}${c.individual}${random.pick([...'ABCDEFHJKLMNPRSTUVWXY'])}`,
  ];
  for (const write of slips) {
    for (const context of contexts)
      cases.push(
        inContext('identity-code', write(code(random.pick(signs), random.int(0, 1) === 1)), context),
      );
  }
  // A date written as a date, or a dot for the sign: looser shapes, taken with a right check character.
  const dotted = (c: ReturnType<typeof code>) =>
    `${c.birth.slice(0, 2)}.${c.birth.slice(2, 4)}.${c.birth.slice(4)}`;
  const datesWritten = [
    (c: ReturnType<typeof code>) => `${dotted(c)}${c.sign}${c.individual}${c.check}`,
    (c: ReturnType<typeof code>) =>
      `${Number(c.birth.slice(0, 2))}.${Number(c.birth.slice(2, 4))}.${c.birth.slice(4)}${c.sign}${c.individual}${c.check}`,
    (c: ReturnType<typeof code>) => `${c.birth}.${c.individual}${c.check}`,
    (c: ReturnType<typeof code>) => `${c.birth}_${c.individual}${c.check}`,
  ];
  for (const write of datesWritten) {
    for (const context of contexts)
      cases.push(inContext('identity-code', write(code(random.pick(signs), true)), context));
  }
  return cases;
}

/** The writings of Finnish mobile, landline and service numbers and of foreign numbers. */
const phoneWritings = [
  '040 NNN NNNN',
  '050NNNNNNN',
  '044-NNN NNNN',
  '045-NNNNNNN',
  '046 - NNN NNNN',
  '041–NNN NNNN',
  '040 NNN NN NN',
  '+358 40 NNN NNNN',
  '+35850NNNNNNN',
  '00358 41 NNNNNNN',
  '+358 (0)40 NNN NNNN',
  '(09) NNNN NNNN',
  '09 NNNN NNNN',
  '09-NNNNNNNN',
  '(013) NNN NNN',
  '02 NNN NNNN',
  '0800 NNN NNN',
  '020 NNN NNN',
  '+46 70 NNN NN NN',
  '+44 20 NNNN NNNN',
  '+1 (NNN) NNN-NNNN',
  '0046 70 NNNNNNN',
  '+49 30 NNNNNNNN',
  '+33 6 NN NN NN NN',
  '+372 NNNN NNNN',
  'MNN NNNN',
  'MNNNNNNNN',
  '040\u00a0NNN\u00a0NNNN',
  '040.NNN.NNNN',
  '+358.40.NNN.NNNN',
  '09.NNNN.NNNN',
  '040_NNN_NNNN',
  '040 NNN NNxx',
  '050-***-NNNN',
  'MNNNNNN##',
];

function phones(random: ReturnType<typeof seeded>): PiiCase[] {
  return phoneWritings.flatMap((writing) =>
    contexts.map((context) => inContext('phone', random.fill(writing), context)),
  );
}

function emails(random: ReturnType<typeof seeded>): PiiCase[] {
  const locals = [
    'matti.meikalainen',
    'anna',
    'p.virtanen',
    'liisa_k',
    'jukka-pekka',
    'sanna.mäkelä',
    'x',
    'AINO.Laine',
  ];
  const tags = ['', '', 'NN', 'MNNN', '+palaute', '.kuulluksi'];
  const domains = [
    'gmail.com',
    'hotmail.fi',
    'example.co.uk',
    'posti.example.org',
    'kolumbus.fi',
    'outlook.com',
    'hel.fi',
    'Luukku.COM',
  ];
  const ats = [
    '@',
    '@',
    '@',
    '(at)',
    '[at]',
    ' @ ',
    '@ ',
    ' (at) ',
    '＠',
    ' ät ',
    ' miukumauku ',
    ' snabel-a ',
  ];
  return Array.from({ length: 150 }, (_, i) => {
    const address = `${random.pick(locals)}${random.fill(random.pick(tags))}${random.pick(ats)}${random.pick(domains)}`;
    return inContext('email', address, contexts[i % contexts.length]!);
  });
}

/** Account number layouts after the country and check digits, for countries whose IBAN ends in a digit. */
const bankAccounts: Record<string, string> = {
  FI: 'NNNNNNNNNNNNNN',
  SE: 'NNNNNNNNNNNNNNNNNNNN',
  NO: 'NNNNNNNNNNN',
  DK: 'NNNNNNNNNNNNNN',
  EE: 'NNNNNNNNNNNNNNNN',
  DE: 'NNNNNNNNNNNNNNNNNN',
  GB: 'AAAANNNNNNNNNNNNNN',
  NL: 'AAAANNNNNNNNNN',
  FR: 'NNNNNNNNNNCCCCCCCCCCCNN',
  ES: 'NNNNNNNNNNNNNNNNNNNN',
  PL: 'NNNNNNNNNNNNNNNNNNNNNNNN',
};

function ibans(random: ReturnType<typeof seeded>): PiiCase[] {
  const writings = [
    (iban: string) => iban.replace(/.{4}(?!$)/g, '$& '),
    (iban: string) => iban,
    (iban: string) => iban.toLowerCase().replace(/.{4}(?!$)/g, '$& '),
    (iban: string) => iban.toLowerCase(),
  ];
  return Object.entries(bankAccounts).flatMap(([country, account]) =>
    writings.flatMap((write) =>
      Array.from({ length: 5 }, () =>
        inContext('iban', write(country + random.fill(`NN${account}`)), random.pick(contexts)),
      ),
    ),
  );
}

/** Personal data of every kind, over a thousand cases. */
export function piiCases(): PiiCase[] {
  const random = seeded(20240312);
  return [...identityCodes(random), ...phones(random), ...emails(random), ...ibans(random)];
}

/** Sentences with numbers in them that are no one's personal data. */
const ordinaryByHand = [
  'Kävin täällä 12.3.2024 ja se oli hyvä päivä.',
  'Tulin 12.3. aamulla, ovi oli kiinni.',
  'Ryhmä alkaa klo 14.30 ja loppuu 16:00.',
  'Auki ma–pe 9–15, la 10–14.',
  'Aukioloajat klo 08.00–16.00, perjantaisin 9-11 13-15.',
  'Kahvi maksaa 1,50 € ja ruoka 5,50 €.',
  'Bussilippu 3 euroa, kuukausikortti 55 €.',
  'Huone 204 oli kylmä, B 12 on parempi.',
  'Asun talo 3 rappu A, ennen Mannerheimintie 12 B 5.',
  'Hämeentie 31, 00530 Helsinki on hyvä paikka.',
  'Hämeentie 31 00530 Helsinki',
  'Olen käynyt täällä vuonna 2023 ja 2024.',
  'Vuosina 2019–2023 kävin joka viikko, 3 kertaa viikossa.',
  'Olen 100 % tyytyväinen, ehkä 99%.',
  'Jonossa oli 12 ihmistä ja odotin 45 min.',
  'Koodi 1234 ei toiminut ovessa.',
  'Kaupunki sai 1 250 000 euroa tukea.',
  'Olin raitis 2 vuotta ja 3 kk.',
  'B12-vitamiini ja COVID-19 rokote puuttui.',
  'A4-paperia ei ollut, tulostin HP 1020.',
  'Paras @ kahvila tänään!',
  'Jag var här 5.4.2024 kl. 10.15, rum 12.',
  'Det kostar 20 kr, öppet mån–fre 9–16.',
  'Vi var 14 personer, 50 % var nya.',
  'Mitt rum är 3B på plan 2.',
  'I came on 12/3/2024 at 14:30 and stayed 2 hours.',
  'Lunch is €1.50 or $2, room 101 at the end.',
  'Open 24/7? No, only 9-5 on weekdays.',
  'I have been coming since 2019, maybe 200 times.',
  'The 3rd floor, flat 7, 10% off.',
  'klo 9-11 ja 13-15',
  'Tapaaminen 2024-03-12 klo 10.',
  'Päivä 05-03-2024 oli paras.',
  'ma 10.6. – ti 11.6.2024',
  'Kävin täällä vuonna 2024 ja viihdyin.',
  'Ryhmä alkaa klo 8.30, kahvi 8:30-16.',
  'Kahvi maksaa 5,50 € ja tulin 5.12.',
  'Kävin täällä 3 kertaa.',
  'Auki ma-pe 8.00-16.00, la 10.00-14.00.',
  'Ryhmät 14.30-15.30 16.00-17.30 joka päivä.',
  'Tulin 12.3.2024 15 minuuttia myöhässä.',
  'klo 14.30 15 ihmistä jonossa',
  'Kahvi 1.50, lounas 12.50 ja iltapala 5.50.',
  'Kaupunki sai 1.250.000 euroa ja 1250.50 lisää.',
  'Kävin 1.3.2024 5.3.2024 7.3.2024 9.3.2024 11.3.2024.',
  'Olin poissa 3.-5.3.2024 ja 24.12.2023 - 1.1.2024.',
  'Kello 12.30 13.30 14.30 15.30 16.30 17.30 on ryhmä.',
  'Voimassa 5.12.24 1500 asiakkaalle, 1.1.2024-2026.',
  'Aukiolo 8_16, jonossa 12_ihmistä.',
  'Koko XXL ja 3XL, huone 3x4 metriä, 2x viikossa, 10x parempi.',
  'Sain 3 x 100 000 euroa ja arvosanan *****.',
  'Koodi #1234 ei toiminut.',
  'Vuonna ２０２４ kävin ３ kertaa, klo ８.３０.',
  'Vuonna 20\u200b24 kävin täällä.',
  'I found help at mielenterveystalo.fi, look at kela.fi too.',
  'We met at Kamppi. Fi is short for Finland.',
  'Olin kotona. Piste. Se oli piste i:n päällä, sain 5 pistettä.',
  'Vi ses på punkt 5 i listan. Punkt slut.',
  'I was at home dot dot dot.',
  'The staff at the desk piste was nice.',
  'Email me @ any time, paras @ kahvila.',
  'Tack för hjälpen på mottagningen kl. 9.15-10.45!',
];

/** Generated sentences: dates, times, hour ranges, prices, amounts, addresses, years, counts. */
function ordinaryGenerated(random: ReturnType<typeof seeded>): string[] {
  const { int, pick, pad } = random;
  const year = () => int(1950, 2030);
  const makers = [
    () => `Kävin ${int(1, 31)}.${int(1, 12)}.${year()} ja taas ${int(1, 31)}.${int(1, 12)}.`,
    () => `Päivä ${year()}-${pad(int(1, 12))}-${pad(int(1, 28))} oli hyvä.`,
    () => `Päivä ${pad(int(1, 28))}-${pad(int(1, 12))}-${year()} oli hyvä.`,
    () => `Päivät ${int(1, 28)}-${int(1, 12)}-${year()} – ${int(1, 28)}-${int(1, 12)}-${year()} kävin`,
    () => `Tapaaminen ${year()}-${pad(int(1, 12))}-${pad(int(1, 28))} ${int(8, 11)}-${int(12, 16)}`,
    () => `Ryhmä klo ${int(7, 20)}.${pad(int(0, 59))}, toinen ${int(7, 20)}:${pad(int(0, 59))}.`,
    () => `Auki ma–pe ${int(7, 10)}–${int(14, 18)}, la ${int(9, 11)}–${int(12, 15)}.`,
    () => `Auki ${int(7, 10)}-${int(11, 12)} ${int(12, 13)}-${int(14, 18)} arkisin`,
    () => `Auki ${pad(int(7, 9))}-${int(11, 16)} ${pad(int(7, 9))}-${int(11, 16)}`,
    () => `klo ${pad(int(7, 9))}.00–${int(14, 18)}.00`,
    () => `Kahvi ${int(0, 9)},${pad(int(0, 99))} €, ruoka ${int(2, 30)} euroa.`,
    () => `Lunch €${int(1, 20)}.${pad(int(0, 99))} or ${int(5, 99)} kr.`,
    () => `Tukea ${int(1, 999)} ${pad(int(0, 99))}0 ${int(100, 999)} euroa.`,
    () => `Budjetti ${int(1, 9)} ${int(100, 999)} ${int(100, 999)} ${int(100, 999)} €`,
    () => `Huone ${int(1, 999)} ja ${pick(['A', 'B', 'C'])} ${int(1, 99)}.`,
    () =>
      `${pick(['Mannerheimintie', 'Hämeentie', 'Storgatan'])} ${int(1, 200)} ${pick(['A', 'B'])} ${int(1, 99)}`,
    () =>
      `${pick(['Hämeentie', 'Itäkatu'])} ${int(1, 200)}${pick([',', ''])} ${pick(['00100', '00530', '20100', '33100', '90100'])} ${pick(['Helsinki', 'Turku'])}`,
    () => `vuonna ${year()}, vuosina ${year()}–${year()} ja ${year()}-${year()}`,
    () => {
      const first = int(1990, 2020);
      return `Kävin ${first} ${first + 1} ${first + 2} ja ${first + 3}.`;
    },
    () => `${int(1, 20)} kertaa, ${int(0, 100)} % ja ${int(0, 100)}% ja ${int(1, 9)}/${int(10, 20)}.`,
    () => `Odotin ${int(1, 90)} min, jonossa ${int(1, 40)} henkeä, koodi ${int(1000, 9999)}.`,
    () =>
      `Jag kom ${int(1, 28)}.${int(1, 12)}.${year()} kl ${int(8, 20)}.${pad(int(0, 59))}, rum ${int(1, 400)}.`,
    () =>
      `I came on ${int(1, 28)}/${int(1, 12)}/${year()} at ${int(1, 12)}:${pad(int(0, 59))}, room ${int(1, 400)}.`,
    () => `Tulin ${int(1, 28)}.${int(1, 12)}.${year()} ${int(1, 59)} minuuttia myöhässä.`,
    () =>
      `Ryhmä ${int(7, 11)}.${pad(int(0, 59))}-${int(12, 20)}.${pad(int(0, 59))} ja ${int(1, 31)}.${int(1, 12)}.`,
    () => `Hinta ${int(1, 999)}.${pad(int(0, 99))} € tai ${int(1, 9)}.${int(100, 999)}.${int(100, 999)} €.`,
    () =>
      `Vi var ${int(2, 40)} personer ${int(1, 28)}.${int(1, 12)}.${year()} kl. ${int(8, 20)}.${pad(int(0, 59))}.`,
  ];
  return Array.from({ length: 540 }, (_, i) => makers[i % makers.length]!());
}

/** Ordinary sentences, written by hand and generated. */
export function ordinarySentences(): string[] {
  return [...ordinaryByHand, ...ordinaryGenerated(seeded(19521013))];
}
