import { useEffect, useRef, useState } from 'preact/hooks';
import type { Output } from '../../shared/contract.ts';
import type { Chip, Question } from '../../shared/domain.ts';
import { defaultLanguage, languageTag, pickText, type Language } from '../../shared/languages.ts';
import { isMostNegative, toneOf, valuesOf } from '../../shared/scales.ts';
import { useApi } from '../api/context.ts';
import { StatusMessage } from '../components/StatusMessage/index.tsx';
import { scaleLabel, text } from '../i18n/index.ts';
import { About } from './About.tsx';
import { AdminArea } from './admin/AdminArea.tsx';
import { HiddenCorner } from './admin/HiddenCorner.tsx';
import { CommentStep } from './CommentStep.tsx';
import { AnswerChoices } from './screens/AnswerChoices.tsx';
import { FollowUpStep } from './screens/FollowUpStep.tsx';
import { HelpScreen } from './screens/HelpScreen.tsx';
import { IdleWarning } from './screens/IdleWarning.tsx';
import { ThanksScreen } from './screens/ThanksScreen.tsx';
import { LanguageSwitcher } from './start/LanguageSwitcher.tsx';
import { ReadAloudButton } from './start/ReadAloudButton.tsx';
import { speak, stopSpeaking, useVoice } from './start/speech.ts';
import startStyles from './start/style.module.css';
import styles from './style.module.css';
import { useDisplayMode } from './useDisplayMode.ts';
import { useIdleTimeout } from './useIdleTimeout.ts';

type Display = Output<'kiosk.display'>;

/** Where one person is in the flow. What they gave so far lives in the core, not here. */
type Step =
  | { name: 'loading' }
  | { name: 'unavailable' }
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

/**
 * The client's screen. A tap saves the answer at once; a follow-up chip and a few words may
 * amend it, each skippable; the thank-you appears only once the core confirmed the answer is
 * durably stored. Language, large text and read-aloud belong to one person and are reset when
 * the next one starts. Any screen left untouched warns first, then returns to the start.
 */
export function KioskApp() {
  const api = useApi<'kiosk'>();
  const [step, setStep] = useState<Step>({ name: 'loading' });
  const [question, setQuestion] = useState<Question>();
  const [display, setDisplay] = useState<Display>();
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [largeText, setLargeText] = useState(false);
  const [readAloudUsed, setReadAloudUsed] = useState(false);
  /** A page opened over the flow, which keeps its place underneath: help, or the About credits. */
  const [aside, setAside] = useState<'help' | 'about' | null>(null);
  const [idleWarning, setIdleWarning] = useState(false);
  const [adminOpen, setAdminOpen] = useState(false);
  const submitting = useRef(false);
  /** When the last thank-you ended: a tap soon after it may be the same person again. */
  const lastThanksEnded = useRef<number | null>(null);
  const words = text(language);
  const voice = useVoice(language);
  useDisplayMode(largeText);

  /** The next person finds the start exactly as the first did: nothing of the one before remains. */
  function startOver() {
    stopSpeaking();
    setLanguage(defaultLanguage);
    setLargeText(false);
    setReadAloudUsed(false);
    setAside(null);
    setIdleWarning(false);
    setStep({ name: 'loading' });
  }

  async function load() {
    const [current, settings] = await Promise.all([api.call('kiosk.currentQuestion', {}), api.call('kiosk.display', {})]);
    if (!current.ok || !settings.ok) {
      setStep({ name: 'unavailable' });
      return;
    }
    setQuestion(current.value);
    setDisplay(settings.value);
    setStep({ name: 'asking', saving: false });
  }

  async function answer(value: number) {
    if (!question || !display || submitting.current) return;
    submitting.current = true;
    setStep({ name: 'asking', saving: true });
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
    submitting.current = false;
    if (!result.ok) {
      setStep({ name: 'failed' });
      return;
    }
    const { responseId } = result.value;
    const tone = toneOf(question.scale, value);
    const chips = tone === 'neutral' ? [] : question.followUps[tone];
    const hardest = isMostNegative(question.scale, value);
    setStep(chips.length > 0 ? { name: 'followUp', responseId, chips, hardest } : afterFollowUp(responseId, hardest));
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

  // A screen left untouched: warn first. The start screen needs no warning unless this person
  // changed something on it (language, text size) that the next person should not inherit.
  const changedStart = language !== defaultLanguage || largeText;
  const watched =
    !adminOpen &&
    display !== undefined &&
    (aside !== null || ['followUp', 'comment'].includes(step.name) || (step.name === 'asking' && changedStart));
  useIdleTimeout((display?.idleSeconds ?? 45) * 1000, () => setIdleWarning(true), watched && !idleWarning);

  if (adminOpen) {
    return (
      <AdminArea
        words={text(defaultLanguage).admin}
        language={defaultLanguage}
        onClose={() => {
          setAdminOpen(false);
          startOver();
        }}
      />
    );
  }

  // Where the client listened rather than read, the warning is spoken too.
  const speakWarning = readAloudUsed && voice ? (warning: string) => speak(voice, [warning]) : undefined;

  return (
    <div lang={languageTag[language]}>
      <HiddenCorner onHold={() => setAdminOpen(true)} />
      {aside === 'help' && display ? (
        <HelpScreen display={display} language={language} onBack={() => setAside(null)} />
      ) : aside === 'about' ? (
        <About words={words.about} onClose={() => setAside(null)} />
      ) : (
        clientStep()
      )}
      {display && aside === null && !['loading', 'unavailable'].includes(step.name) && (
        <button type="button" class={startStyles.help} onClick={() => setAside('help')}>
          {words.helpButton}
        </button>
      )}
      {idleWarning && (
        <IdleWarning language={language} speak={speakWarning} onMoreTime={() => setIdleWarning(false)} onTimeout={startOver} />
      )}
    </div>
  );

  function clientStep() {
    switch (step.name) {
      case 'loading':
        return <main class={styles.screen} aria-busy="true" />;
      case 'unavailable':
        return <StatusMessage tone="problem" message={words.unavailable} />;
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
            onChoose={(followUpId) => void amend(api.call('kiosk.addFollowUp', { responseId, followUpId }), afterFollowUp(responseId, hardest))}
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
            onSend={(comment) => void amend(api.call('kiosk.addComment', { responseId, text: comment }), { name: 'thanks', hardest })}
            onSkip={() => setStep({ name: 'thanks', hardest })}
          />
        );
      }
      case 'asking': {
        const asked = question!;
        const prompt = pickText(asked.texts, language);
        return (
          <main class={`${styles.screen} ${styles.start}`}>
            <h1 class={styles.question}>{prompt}</h1>
            <AnswerChoices question={asked} language={language} disabled={step.saving} onChoose={(value) => void answer(value)} />
            <p class={styles.progress} role="status">
              {step.saving ? words.saving : ''}
            </p>
            <div class={startStyles.bar}>
              <LanguageSwitcher language={language} onChange={setLanguage} />
              <ReadAloudButton
                language={language}
                texts={[prompt, ...valuesOf(asked.scale).map((value) => scaleLabel(language, asked.scale, value))]}
                onUsed={() => setReadAloudUsed(true)}
              />
              <button type="button" class={startStyles.control} aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
                {words.largeText}
              </button>
              <button type="button" class={startStyles.control} onClick={() => setAside('about')}>
                {words.aboutButton}
              </button>
            </div>
          </main>
        );
      }
    }
  }
}
