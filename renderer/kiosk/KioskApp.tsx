import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chip, Question } from '../../shared/domain.ts';
import { defaultLanguage, languageTag, type Language } from '../../shared/languages.ts';
import { isMostNegative, toneOf } from '../../shared/scales.ts';
import { useApi } from '../api/useApi.ts';
import { StatusMessage } from '../components/StatusMessage/index.tsx';
import { text } from '../i18n/index.ts';
import { HiddenCorner } from './admin/HiddenCorner/index.tsx';
import { startStyles, styles } from './kiosk-app-classes.ts';
import { About } from './screens/About/index.tsx';
import { ClosedScreen } from './screens/ClosedScreen/index.tsx';
import { CommentStep } from './screens/CommentStep/index.tsx';
import { ExportBanner } from './screens/ExportBanner/index.tsx';
import { FollowUpStep } from './screens/FollowUpStep/index.tsx';
import { HelpScreen } from './screens/HelpScreen/index.tsx';
import { IdleWarning } from './screens/IdleWarning/index.tsx';
import { ThanksScreen } from './screens/ThanksScreen/index.tsx';
import { fetchKioskStart, type KioskStart } from './start/first-screen.ts';
import { QuestionStart } from './start/QuestionStart/index.tsx';
import { speak, stopSpeaking } from './start/speech.ts';
import { useVoice } from './start/useVoice.ts';
import { useDisplayMode } from './useDisplayMode.ts';
import { useIdleTimeout } from './useIdleTimeout.ts';

type Display = KioskStart['display'];
type Today = KioskStart['today'];
/** Reception's screens load only when the corner is held, so clients never download them. */
type AdminAreaComponent = typeof import('./admin/AdminArea.tsx').AdminArea;

/** Where one person is in the flow. What they gave so far lives in the core, not here. */
type Step =
  | { name: 'loading' }
  | { name: 'unavailable' }
  | { name: 'closed'; opensNext: Extract<Today, { open: false }>['opensNext'] }
  | { name: 'asking'; saving: boolean }
  | { name: 'followUp'; responseId: string; chips: readonly Chip[]; hardest: boolean }
  | { name: 'comment'; responseId: string; hardest: boolean }
  | { name: 'thanks'; hardest: boolean }
  | { name: 'failed' }
  | { name: 'amendFailed' };

/** Endings that return to the start by themselves, after how many milliseconds. */
const endingMs = { failed: 15_000, amendFailed: 15_000, unavailable: 5_000 } as const;
/** After the hardest answer the thank-you stays long enough to read where help is. */
const thanksWithHelpMs = 20_000;
/** How often the start and closed screens ask again what today brings: opening hours, the question. */
const recheckTodayMs = 60_000;
/** A save slower than this shows "saving" under the faces; a quicker one goes straight on. */
const slowSaveMs = 150;

/**
 * The client's screen. A tap saves the answer at once; a follow-up chip and a few words may
 * amend it, each skippable; the thank-you appears only once the core confirmed the answer is
 * durably stored. Language, large text and read-aloud belong to one person and are reset when
 * the next one starts, who begins in the centre's first language. Any screen left untouched
 * warns first, then returns to the start. Outside opening hours a closed screen takes no answers.
 * While a stick staff prepared takes the answers, the start and closed screens say how it goes.
 * `first` is the start screen's data, fetched while this code loaded (null if it could not be
 * had); after that the kiosk asks again itself, for each next person and while it waits.
 */
export function KioskApp({ first }: { first: KioskStart | null }) {
  const api = useApi<'kiosk'>();
  const [step, setStep] = useState<Step>(() => (first ? stepFor(first.today) : { name: 'unavailable' }));
  const [question, setQuestion] = useState<Question | undefined>(
    first?.today.open ? first.today.question : undefined,
  );
  const [display, setDisplay] = useState<Display | undefined>(first?.display);
  const [language, setLanguage] = useState<Language>(first?.display.languages[0] ?? defaultLanguage);
  const [largeText, setLargeText] = useState(false);
  const [readAloudUsed, setReadAloudUsed] = useState(false);
  /** A page opened over the flow, which keeps its place underneath: help, or the About credits. */
  const [aside, setAside] = useState<'help' | 'about' | null>(null);
  const [idleWarning, setIdleWarning] = useState(false);
  const [AdminArea, setAdminArea] = useState<AdminAreaComponent>();
  const adminOpen = AdminArea !== undefined;
  const submitting = useRef(false);
  /** When the last thank-you ended: a tap soon after it may be the same person again. */
  const lastThanksEnded = useRef<number | null>(null);
  const words = text(language);
  const voice = useVoice(language);
  const firstLanguage = display?.languages[0] ?? defaultLanguage;
  useDisplayMode(largeText);
  /** Read when a recheck's answer arrives, to see whether a person has started answering meanwhile. */
  const currentStep = useRef(step);
  currentStep.current = step;

  /** The next person finds the start exactly as the first did: nothing of the one before remains. */
  function startOver() {
    stopSpeaking();
    setLanguage(firstLanguage);
    setLargeText(false);
    setReadAloudUsed(false);
    setAside(null);
    setIdleWarning(false);
    setStep({ name: 'loading' });
  }

  async function load() {
    const start = await fetchKioskStart(api);
    if (!start) {
      setStep({ name: 'unavailable' });
      return;
    }
    setDisplay(start.display);
    setLanguage(start.display.languages[0] ?? defaultLanguage);
    show(start.today);
  }

  /** Opening hours or the day's question may change under a waiting screen; the person's choices stay. */
  async function recheck() {
    const start = await fetchKioskStart(api);
    if (!start || !isWaiting(currentStep.current) || submitting.current) return;
    setDisplay(start.display);
    show(start.today);
  }

  function show(today: Today) {
    if (today.open) setQuestion(today.question);
    setStep(stepFor(today));
  }

  function openAdmin() {
    void import('./admin/AdminArea.tsx').then((module) => setAdminArea(() => module.AdminArea));
  }

  async function answer(value: number) {
    if (!question || !display || submitting.current) return;
    submitting.current = true;
    // The store answers within milliseconds; drawing a "saving" state first would cost the
    // thank-you a frame. Only a slow save shows it, so a person never wonders if the tap took.
    const slowSave = setTimeout(() => setStep({ name: 'asking', saving: true }), slowSaveMs);
    const repeat =
      display.repeatWindowSeconds > 0 &&
      lastThanksEnded.current !== null &&
      performance.now() - lastThanksEnded.current < display.repeatWindowSeconds * 1000;
    const result = await api.call('kiosk.submitResponse', {
      questionId: question.id,
      questionVersion: question.version,
      value,
      repeat,
    });
    clearTimeout(slowSave);
    submitting.current = false;
    if (!result.ok) {
      setStep({ name: 'failed' });
      return;
    }
    const { responseId } = result.value;
    const tone = toneOf(question.scale, value);
    const chips = tone === 'neutral' ? [] : question.followUps[tone];
    const hardest = isMostNegative(question.scale, value);
    setStep(
      chips.length > 0
        ? { name: 'followUp', responseId, chips, hardest }
        : afterFollowUp(responseId, hardest),
    );
  }

  function afterFollowUp(responseId: string, hardest: boolean): Step {
    return question?.freeText ? { name: 'comment', responseId, hardest } : { name: 'thanks', hardest };
  }

  async function amend(call: Promise<{ ok: boolean }>, next: Step) {
    const result = await call;
    setStep(result.ok ? next : { name: 'amendFailed' });
  }

  // Steps that end by themselves; not while help or About is open over them, so nobody loses
  // the crisis number they are reading to a thank-you running out underneath.
  useEffect(() => {
    if (adminOpen || aside !== null) return;
    if (step.name === 'loading') void load();
    const after =
      step.name === 'thanks'
        ? step.hardest
          ? thanksWithHelpMs
          : (display?.thankYouSeconds ?? 5) * 1000
        : step.name in endingMs
          ? endingMs[step.name as keyof typeof endingMs]
          : undefined;
    if (after === undefined) return;
    const timer = setTimeout(() => {
      if (step.name === 'thanks') lastThanksEnded.current = performance.now();
      startOver();
    }, after);
    return () => clearTimeout(timer);
  }, [step, adminOpen, aside]);

  useEffect(() => {
    if (adminOpen || aside !== null || !isWaiting(step)) return;
    const timer = setInterval(() => void recheck(), recheckTodayMs);
    return () => clearInterval(timer);
  }, [step, adminOpen, aside]);

  // A screen left untouched: warn first. The start screen needs no warning unless this person
  // changed something on it (language, text size) that the next person should not inherit.
  const changedStart = language !== firstLanguage || largeText;
  const watched =
    !adminOpen &&
    display !== undefined &&
    (aside !== null ||
      ['followUp', 'comment'].includes(step.name) ||
      (step.name === 'asking' && changedStart));
  useIdleTimeout((display?.idleSeconds ?? 45) * 1000, () => setIdleWarning(true), watched && !idleWarning);

  if (AdminArea) {
    return (
      <AdminArea
        language={firstLanguage}
        onClose={() => {
          setAdminArea(undefined);
          startOver();
        }}
      />
    );
  }

  // Where the client listened rather than read, the warning is spoken too.
  const speakWarning = readAloudUsed && voice ? (warning: string) => speak(voice, [warning]) : undefined;

  return (
    <div lang={languageTag[language]} class={styles.page}>
      <HiddenCorner onHold={openAdmin} />
      {aside === null && (step.name === 'asking' || step.name === 'closed') && (
        <ExportBanner language={language} />
      )}
      {aside === 'help' && display ? (
        <HelpScreen display={display} language={language} onBack={() => setAside(null)} />
      ) : aside === 'about' ? (
        <About words={words.about} onClose={() => setAside(null)} />
      ) : (
        clientStep()
      )}
      {display && aside === null && !['loading', 'unavailable'].includes(step.name) && (
        <>
          <div class={startStyles.helpBand} />
          <button type="button" class={startStyles.help} onClick={() => setAside('help')}>
            {words.helpButton}
          </button>
        </>
      )}
      {idleWarning && (
        <IdleWarning
          language={language}
          speak={speakWarning}
          onMoreTime={() => setIdleWarning(false)}
          onTimeout={startOver}
        />
      )}
    </div>
  );

  function clientStep() {
    switch (step.name) {
      case 'loading':
        return <main class={styles.screen} aria-busy="true" />;
      case 'unavailable':
        return <StatusMessage tone="problem" message={words.unavailable} />;
      case 'closed':
        return <ClosedScreen opensNext={step.opensNext} offered={display?.languages ?? [defaultLanguage]} />;
      case 'thanks':
        return <ThanksScreen display={display!} language={language} offerHelp={step.hardest} />;
      case 'failed':
        return (
          <StatusMessage tone="problem" message={words.saveFailed}>
            <button type="button" class={styles.bigButton} onClick={startOver}>
              {words.backToStart}
            </button>
          </StatusMessage>
        );
      case 'amendFailed':
        return <StatusMessage tone="problem" message={words.amendFailed} />;
      case 'followUp': {
        const { responseId, chips, hardest } = step;
        return (
          <FollowUpStep
            chips={chips}
            language={language}
            onChoose={(followUpId) =>
              void amend(
                api.call('kiosk.addFollowUp', { responseId, followUpId }),
                afterFollowUp(responseId, hardest),
              )
            }
            onSkip={() => setStep(afterFollowUp(responseId, hardest))}
          />
        );
      }
      case 'comment': {
        const { responseId, hardest } = step;
        return (
          <CommentStep
            words={words}
            language={language}
            onSend={(comment) =>
              void amend(api.call('kiosk.addComment', { responseId, text: comment }), {
                name: 'thanks',
                hardest,
              })
            }
            onSkip={() => setStep({ name: 'thanks', hardest })}
          />
        );
      }
      case 'asking':
        return (
          <main class={`${styles.screen} ${styles.start}`}>
            <QuestionStart
              question={question!}
              language={language}
              offered={display!.languages}
              saving={step.saving}
              largeText={largeText}
              onChoose={(value) => void answer(value)}
              onLanguage={setLanguage}
              onLargeText={() => setLargeText(!largeText)}
              onAbout={() => setAside('about')}
              onReadAloudUsed={() => setReadAloudUsed(true)}
            />
          </main>
        );
    }
  }
}

/** The start screen today calls for: the question, or closed until it opens. */
function stepFor(today: Today): Step {
  return today.open ? { name: 'asking', saving: false } : { name: 'closed', opensNext: today.opensNext };
}

/** The screens where nobody is in the middle of answering: safe to refresh under them. */
function isWaiting(step: Step): boolean {
  return (step.name === 'asking' && !step.saving) || step.name === 'closed';
}
