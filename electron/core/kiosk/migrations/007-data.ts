import type { FrozenChip, FrozenQuestion } from './frozen-question.ts';

/** The question this step puts first in the bank and schedules as the default. */
export const defaultQuestionId = 'visit-today';

/**
 * The question bank a kiosk starts with, as migration 7 stores it: questions for low-threshold
 * day centres (substance-abuse and mental-health services) about being heard, trust, getting the
 * help one came for, atmosphere and safety, the services, and taking part in developing them.
 * Each is tagged with the THL participation area it speaks to.
 *
 * Frozen like the migration: a kiosk that has run keeps these as version 1, and answers point at
 * them. A better wording is a new version, made by reception or by a new migration, never an edit
 * here. Texts are written for people who may be tired, shaky or reading in a second language:
 * plain words, one thing per question, `selko` in short sentences and everyday words.
 */
export type SeedQuestion = {
  question: FrozenQuestion;
  area: 'own-life' | 'influencing' | 'common-good';
};

const chip = (
  id: string,
  fi: string,
  sv: string,
  en: string,
  selko: string,
  pictogram?: string,
): FrozenChip => ({
  id,
  texts: { fi, sv, en, selko },
  ...(pictogram !== undefined && { pictogram }),
});

export const seedQuestions: readonly SeedQuestion[] = [
  {
    area: 'own-life',
    question: {
      id: 'felt-heard',
      version: 1,
      scale: 'smiley-5',
      texts: {
        fi: 'Miten hyvin tulit kuulluksi tänään?',
        sv: 'Hur väl kände du dig hörd i dag?',
        en: 'How well were you listened to today?',
        selko: 'Miten sinua kuunneltiin tänään?',
      },
      followUps: {
        positive: [
          chip(
            'had-time',
            'Minulle oli aikaa',
            'Det fanns tid för mig',
            'There was time for me',
            'Minulle oli aikaa',
            'clock',
          ),
          chip(
            'taken-seriously',
            'Asiani otettiin vakavasti',
            'Man tog mig på allvar',
            'I was taken seriously',
            'Minua uskottiin',
            'listening-ear',
          ),
        ],
        negative: [
          chip(
            'no-one-had-time',
            'Kenelläkään ei ollut aikaa',
            'Ingen hade tid',
            'No one had time',
            'Kukaan ei ehtinyt',
            'clock',
          ),
          chip(
            'not-understood',
            'Minua ei ymmärretty',
            'Ingen förstod mig',
            'I was not understood',
            'Minua ei ymmärretty',
            'question',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'own-life',
    question: {
      id: 'treated-with-respect',
      version: 1,
      scale: 'agree-5',
      texts: {
        fi: 'Minua kohdeltiin tänään kunnioittavasti.',
        sv: 'Jag blev bemött med respekt i dag.',
        en: 'I was treated with respect today.',
        selko: 'Minua kohdeltiin tänään hyvin.',
      },
      followUps: {
        positive: [
          chip(
            'kind-staff',
            'Työntekijät olivat ystävällisiä',
            'Personalen var vänlig',
            'The staff were kind',
            'Työntekijät olivat ystävällisiä',
            'heart',
          ),
          chip(
            'met-as-a-person',
            'Minut kohdattiin ihmisenä',
            'Jag blev mött som människa',
            'I was met as a person',
            'Minua kohdeltiin ihmisenä',
            'handshake',
          ),
        ],
        negative: [
          chip(
            'felt-judged',
            'Tunsin itseni tuomituksi',
            'Jag kände mig dömd',
            'I felt judged',
            'Minusta ajateltiin pahaa',
            'thumbs-down',
          ),
          chip(
            'talked-down-to',
            'Minulle puhuttiin alentuvasti',
            'Man talade nedlåtande till mig',
            'I was talked down to',
            'Minulle puhuttiin ikävästi',
            'people-talking',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'own-life',
    question: {
      id: 'trust-the-staff',
      version: 1,
      scale: 'yes-no-unsure',
      texts: {
        fi: 'Voitko luottaa täällä työskenteleviin?',
        sv: 'Kan du lita på dem som arbetar här?',
        en: 'Can you trust the people who work here?',
        selko: 'Voitko luottaa täällä oleviin työntekijöihin?',
      },
      followUps: {
        positive: [
          chip(
            'what-i-say-stays-here',
            'Asiani eivät leviä muualle',
            'Det jag berättar stannar här',
            'What I say stays here',
            'Asiani eivät leviä',
            'shield',
          ),
          chip(
            'promises-kept',
            'Täällä tehdään, mitä luvataan',
            'Man gör det man lovar',
            'They do what they promise',
            'Työntekijät tekevät, mitä lupaavat',
            'handshake',
          ),
        ],
        negative: [
          chip(
            'worried-about-privacy',
            'Pelkään, että asiani leviävät',
            'Jag är rädd att det jag säger sprids',
            'I worry that what I say is passed on',
            'Pelkään, että muut kuulevat asiani',
            'shield',
          ),
          chip(
            'promises-broken',
            'Lupauksia ei pidetä',
            'Man håller inte det man lovar',
            'Promises are not kept',
            'Työntekijät eivät tee, mitä lupaavat',
            'thumbs-down',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'own-life',
    question: {
      id: 'got-the-help-i-came-for',
      version: 1,
      scale: 'yes-no-unsure',
      texts: {
        fi: 'Saitko tänään sitä apua, jota tulit hakemaan?',
        sv: 'Fick du den hjälp du kom för i dag?',
        en: 'Did you get the help you came for today?',
        selko: 'Saitko tänään apua, jota tarvitsit?',
      },
      followUps: {
        positive: [
          chip(
            'practical-help',
            'Sain käytännön apua',
            'Jag fick praktisk hjälp',
            'I got practical help',
            'Sain apua asioihin',
            'handshake',
          ),
          chip(
            'know-what-next',
            'Tiedän, mitä teen seuraavaksi',
            'Jag vet vad jag ska göra härnäst',
            'I know what to do next',
            'Tiedän, mitä teen seuraavaksi',
            'light-bulb',
          ),
        ],
        negative: [
          chip(
            'no-one-had-time',
            'Kukaan ei ehtinyt auttaa',
            'Ingen hann hjälpa mig',
            'No one had time to help',
            'Kukaan ei ehtinyt auttaa',
            'clock',
          ),
          chip(
            'did-not-know-whom-to-ask',
            'En tiennyt, keneltä kysyä',
            'Jag visste inte vem jag skulle fråga',
            'I did not know whom to ask',
            'En tiennyt, keneltä kysyä',
            'question',
          ),
          chip(
            'sent-elsewhere',
            'Minut ohjattiin muualle',
            'Jag blev hänvisad någon annanstans',
            'I was sent somewhere else',
            'Minut lähetettiin muualle',
            'information',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'own-life',
    question: {
      id: 'know-what-help-there-is',
      version: 1,
      scale: 'yes-no',
      texts: {
        fi: 'Tiedätkö, millaista apua täältä voi saada?',
        sv: 'Vet du vilken hjälp du kan få här?',
        en: 'Do you know what help you can get here?',
        selko: 'Tiedätkö, mitä apua täältä saa?',
      },
      followUps: {
        positive: [
          chip(
            'staff-told-me',
            'Työntekijä kertoi minulle',
            'Personalen berättade för mig',
            'A member of staff told me',
            'Työntekijä kertoi minulle',
            'people-talking',
          ),
        ],
        negative: [
          chip(
            'want-to-know-more',
            'Haluaisin tietää lisää',
            'Jag vill gärna veta mer',
            'I would like to know more',
            'Haluan tietää lisää',
            'information',
          ),
          chip(
            'hard-to-ask',
            'Kysyminen tuntuu vaikealta',
            'Det känns svårt att fråga',
            'It feels hard to ask',
            'On vaikea kysyä',
            'question',
          ),
        ],
      },
      freeText: false,
    },
  },
  {
    area: 'own-life',
    question: {
      id: 'could-decide-for-myself',
      version: 1,
      scale: 'agree-5',
      texts: {
        fi: 'Sain itse päättää omista asioistani.',
        sv: 'Jag fick själv bestämma om mina egna saker.',
        en: 'I could make my own decisions about my own affairs.',
        selko: 'Sain itse päättää omista asioistani.',
      },
      followUps: {
        positive: [
          chip(
            'options-explained',
            'Vaihtoehdot kerrottiin minulle',
            'Man berättade om mina alternativ',
            'My options were explained to me',
            'Minulle kerrottiin, mitä voin valita',
            'information',
          ),
        ],
        negative: [
          chip(
            'decided-for-me',
            'Puolestani päätettiin',
            'Andra bestämde åt mig',
            'Others decided for me',
            'Muut päättivät puolestani',
            'thumbs-down',
          ),
          chip(
            'not-enough-information',
            'En saanut tarpeeksi tietoa',
            'Jag fick inte tillräckligt med information',
            'I did not get enough information',
            'En saanut tarpeeksi tietoa',
            'question',
          ),
        ],
      },
      freeText: false,
    },
  },
  {
    area: 'own-life',
    question: {
      id: 'helped-in-everyday-life',
      version: 1,
      scale: 'yes-no-unsure',
      texts: {
        fi: 'Ovatko käynnit täällä auttaneet sinua arjessasi?',
        sv: 'Har besöken här hjälpt dig i vardagen?',
        en: 'Have your visits here helped you in everyday life?',
        selko: 'Onko täällä käyminen auttanut sinua?',
      },
      followUps: {
        positive: [
          chip(
            'days-have-rhythm',
            'Päivissäni on rytmi',
            'Mina dagar har fått en rytm',
            'My days have more rhythm',
            'Päivissäni on nyt rytmi',
            'calendar',
          ),
          chip('feel-better', 'Voin paremmin', 'Jag mår bättre', 'I feel better', 'Voin paremmin', 'heart'),
          chip(
            'things-sorted-out',
            'Sain asioitani hoidettua',
            'Jag har fått ordning på mina ärenden',
            'I got things sorted out',
            'Sain asioita hoidettua',
            'thumbs-up',
          ),
        ],
        negative: [
          chip(
            'need-other-help',
            'Tarvitsen toisenlaista apua',
            'Jag behöver en annan sorts hjälp',
            'I need a different kind of help',
            'Tarvitsen muuta apua',
            'help',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'common-good',
    question: {
      id: 'felt-safe',
      version: 1,
      scale: 'smiley-4',
      texts: {
        fi: 'Kuinka turvalliseksi tunsit olosi täällä tänään?',
        sv: 'Hur trygg kände du dig här i dag?',
        en: 'How safe did you feel here today?',
        selko: 'Oliko sinun turvallista olla täällä tänään?',
      },
      followUps: {
        positive: [
          chip(
            'calm-here',
            'Täällä oli rauhallista',
            'Det var lugnt här',
            'It was calm here',
            'Täällä oli rauhallista',
            'house',
          ),
          chip(
            'staff-close-by',
            'Työntekijä oli lähellä',
            'Personalen fanns nära',
            'Staff were close by',
            'Työntekijä oli lähellä',
            'shield',
          ),
        ],
        negative: [
          chip(
            'restless-here',
            'Täällä oli levotonta',
            'Det var oroligt här',
            'It was restless here',
            'Täällä oli levotonta',
          ),
          chip(
            'someone-threatening',
            'Joku käyttäytyi uhkaavasti',
            'Någon betedde sig hotfullt',
            'Someone behaved threateningly',
            'Joku pelotti minua',
            'shield',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'common-good',
    question: {
      id: 'atmosphere-today',
      version: 1,
      scale: 'smiley-5',
      texts: {
        fi: 'Millainen tunnelma täällä oli tänään?',
        sv: 'Hur var stämningen här i dag?',
        en: 'What was the atmosphere like here today?',
        selko: 'Oliko täällä mukavaa tänään?',
      },
      followUps: {
        positive: [
          chip(
            'felt-welcome',
            'Olin tervetullut',
            'Jag kände mig välkommen',
            'I felt welcome',
            'Minut otettiin hyvin vastaan',
            'heart',
          ),
          chip(
            'good-company',
            'Hyvää seuraa',
            'Gott sällskap',
            'Good company',
            'Muut olivat mukavia',
            'people-talking',
          ),
        ],
        negative: [
          chip('too-noisy', 'Liian meluisaa', 'För mycket oväsen', 'Too noisy', 'Täällä oli liikaa melua'),
          chip(
            'felt-left-out',
            'Tunsin itseni ulkopuoliseksi',
            'Jag kände mig utanför',
            'I felt left out',
            'Jäin yksin',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'common-good',
    question: {
      id: 'belong-here',
      version: 1,
      scale: 'agree-5',
      texts: {
        fi: 'Tunnen kuuluvani tähän yhteisöön.',
        sv: 'Jag känner att jag hör till gemenskapen här.',
        en: 'I feel I belong to the community here.',
        selko: 'Tunnen, että kuulun tänne.',
      },
      followUps: {
        positive: [
          chip(
            'friends-here',
            'Minulla on täällä kavereita',
            'Jag har vänner här',
            'I have friends here',
            'Minulla on täällä kavereita',
            'people-talking',
          ),
          chip(
            'can-help-others',
            'Voin auttaa muita',
            'Jag kan hjälpa andra',
            'I can help others',
            'Voin auttaa muita',
            'handshake',
          ),
        ],
        negative: [
          chip('alone-here', 'Olen täällä yksin', 'Jag är ensam här', 'I am alone here', 'Olen täällä yksin'),
          chip(
            'hard-to-join-in',
            'Muiden joukkoon on vaikea päästä',
            'Det är svårt att komma med i gemenskapen',
            'It is hard to join in',
            'En pääse muiden joukkoon',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'common-good',
    question: {
      id: 'the-rooms',
      version: 1,
      scale: 'smiley-3',
      texts: {
        fi: 'Mitä pidit tiloista tänään?',
        sv: 'Vad tyckte du om lokalerna i dag?',
        en: 'What did you think of the rooms here today?',
        selko: 'Oliko täällä siistiä ja mukavaa?',
      },
      followUps: {
        positive: [
          chip('clean', 'Siistiä', 'Rent och snyggt', 'Clean and tidy', 'Siistiä', 'broom'),
          chip('cosy', 'Viihtyisää', 'Trivsamt', 'Cosy', 'Mukava olla', 'house'),
        ],
        negative: [
          chip('not-clean', 'Epäsiistiä', 'Inte rent', 'Not clean', 'Likaista', 'broom'),
          chip(
            'nowhere-quiet',
            'Ei rauhallista paikkaa olla',
            'Ingen lugn plats att vara på',
            'Nowhere quiet to be',
            'Ei hiljaista paikkaa',
          ),
        ],
      },
      freeText: false,
    },
  },
  {
    area: 'common-good',
    question: {
      id: 'food-and-coffee',
      version: 1,
      scale: 'smiley-5',
      texts: {
        fi: 'Mitä pidit ruoasta ja kahvista tänään?',
        sv: 'Vad tyckte du om maten och kaffet i dag?',
        en: 'What did you think of the food and coffee today?',
        selko: 'Oliko ruoka ja kahvi hyvää tänään?',
      },
      followUps: {
        positive: [
          chip(
            'good-food',
            'Ruoka oli hyvää',
            'Maten var god',
            'The food was good',
            'Ruoka oli hyvää',
            'sandwich',
          ),
          chip(
            'good-coffee',
            'Kahvi maistui',
            'Kaffet var gott',
            'The coffee was good',
            'Kahvi oli hyvää',
            'coffee',
          ),
        ],
        negative: [
          chip(
            'food-ran-out',
            'Ruoka loppui kesken',
            'Maten tog slut',
            'The food ran out',
            'Ruoka loppui',
            'sandwich',
          ),
          chip(
            'more-choice',
            'Toivon enemmän vaihtoehtoja',
            'Jag önskar fler alternativ',
            'I would like more choice',
            'Haluan enemmän vaihtoehtoja',
            'light-bulb',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'common-good',
    question: {
      id: 'opening-hours-suit-me',
      version: 1,
      scale: 'yes-no-unsure',
      texts: {
        fi: 'Sopivatko aukioloajat sinulle?',
        sv: 'Passar öppettiderna dig?',
        en: 'Do our opening hours suit you?',
        selko: 'Onko paikka auki silloin, kun tarvitset?',
      },
      followUps: {
        positive: [],
        negative: [
          chip(
            'open-earlier',
            'Aikaisemmin aamulla auki',
            'Öppet tidigare på morgonen',
            'Open earlier in the morning',
            'Auki aikaisemmin aamulla',
            'clock',
          ),
          chip(
            'open-evenings',
            'Auki myös iltaisin',
            'Öppet också på kvällarna',
            'Open in the evenings too',
            'Auki myös illalla',
            'clock',
          ),
          chip(
            'open-weekends',
            'Auki myös viikonloppuisin',
            'Öppet också på veckosluten',
            'Open at weekends too',
            'Auki myös viikonloppuna',
            'calendar',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'common-good',
    question: {
      id: 'would-recommend',
      version: 1,
      scale: 'yes-no',
      texts: {
        fi: 'Suosittelisitko tätä paikkaa ystävällesi?',
        sv: 'Skulle du rekommendera det här stället till en vän?',
        en: 'Would you recommend this place to a friend?',
        selko: 'Sanoisitko kaverille, että tänne kannattaa tulla?',
      },
      followUps: {
        positive: [
          chip(
            'good-to-be-here',
            'Täällä on hyvä olla',
            'Här är det bra att vara',
            'It is good to be here',
            'Täällä on hyvä olla',
            'heart',
          ),
          chip(
            'real-help-here',
            'Täältä saa oikeasti apua',
            'Här får man verklig hjälp',
            'You really get help here',
            'Täältä saa apua',
            'handshake',
          ),
        ],
        negative: [
          chip(
            'hard-to-come-here',
            'Tänne on vaikea tulla',
            'Det är svårt att komma hit',
            'It is hard to come here',
            'Tänne on vaikea tulla',
            'house',
          ),
          chip(
            'bad-experiences',
            'Minulla on huonoja kokemuksia',
            'Jag har dåliga erfarenheter',
            'I have had bad experiences',
            'Minulla on huonoja kokemuksia',
            'thumbs-down',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'influencing',
    question: {
      id: 'ideas-are-listened-to',
      version: 1,
      scale: 'agree-5',
      texts: {
        fi: 'Täällä kuunnellaan asiakkaiden ideoita ja toiveita.',
        sv: 'Här lyssnar man på klienternas idéer och önskemål.',
        en: 'Clients’ ideas and wishes are listened to here.',
        selko: 'Täällä kuunnellaan, mitä asiakkaat toivovat.',
      },
      followUps: {
        positive: [
          chip(
            'wishes-acted-on',
            'Toiveita on toteutettu',
            'Önskemål har förverkligats',
            'Wishes have been acted on',
            'Toiveita on tehty todeksi',
            'thumbs-up',
          ),
        ],
        negative: [
          chip(
            'nothing-changes',
            'Mikään ei muutu',
            'Ingenting förändras',
            'Nothing changes',
            'Mikään ei muutu',
            'thumbs-down',
          ),
          chip(
            'never-asked',
            'Meiltä ei kysytä',
            'Vi blir aldrig tillfrågade',
            'We are never asked',
            'Meiltä ei kysytä',
            'question',
          ),
        ],
      },
      freeText: true,
    },
  },
  {
    area: 'influencing',
    question: {
      id: 'want-to-help-develop',
      version: 1,
      scale: 'yes-no-unsure',
      texts: {
        fi: 'Haluaisitko olla mukana kehittämässä tämän paikan toimintaa?',
        sv: 'Vill du vara med och utveckla verksamheten här?',
        en: 'Would you like to help develop what we do here?',
        selko: 'Haluatko auttaa tekemään tästä paikasta paremman?',
      },
      followUps: {
        positive: [
          chip(
            'at-clients-meeting',
            'Asiakaskokouksessa',
            'På klientmötet',
            'At the clients’ meeting',
            'Yhteisessä kokouksessa',
            'people-talking',
          ),
          chip(
            'as-expert-by-experience',
            'Kokemusasiantuntijana',
            'Som erfarenhetsexpert',
            'As an expert by experience',
            'Kertomalla omista kokemuksistani',
            'handshake',
          ),
          chip(
            'by-sharing-ideas',
            'Kertomalla ideoitani',
            'Genom att dela mina idéer',
            'By sharing my ideas',
            'Kertomalla ideoitani',
            'light-bulb',
          ),
        ],
        negative: [
          chip(
            'no-energy-now',
            'En jaksa juuri nyt',
            'Jag orkar inte just nu',
            'I do not have the energy right now',
            'En jaksa nyt',
          ),
          chip(
            'do-not-know-how',
            'En tiedä, miten voisin',
            'Jag vet inte hur jag skulle kunna',
            'I do not know how I could',
            'En tiedä, miten',
            'question',
          ),
        ],
      },
      freeText: true,
    },
  },
];
