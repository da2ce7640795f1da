import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../shared/domain.ts';
import { defaultLanguage, pickText } from '../../shared/languages.ts';
import { scales } from '../../shared/scales.ts';
import { useApi } from '../api/context.ts';
import { SmileyButton } from '../components/Smiley/index.tsx';
import { StatusMessage } from '../components/StatusMessage/index.tsx';
import { scaleLabel, text } from '../i18n/index.ts';
import { AdminArea } from './admin/AdminArea.tsx';
import { HiddenCorner } from './admin/HiddenCorner.tsx';
import { CommentStep } from './CommentStep.tsx';
import styles from './style.module.css';

type Screen =
  | { name: 'loading' }
  | { name: 'unavailable' }
  | { name: 'asking'; question: Question; saving: boolean }
  | { name: 'comment'; responseId: string }
  | { name: 'thanks' }
  | { name: 'failed' }
  | { name: 'commentFailed' };

/** Screens that end by themselves, and after how many milliseconds, so the next person finds the start. */
const returnToStartAfter: Partial<Record<Screen['name'], number>> = {
  thanks: 4000,
  failed: 15000,
  commentFailed: 15000,
  unavailable: 5000,
};

/**
 * The client's screen: the question and its faces; a tap saves the answer, then the client may
 * add a few words or skip. The thank-you appears only once the kiosk confirmed what was given is
 * durably stored. Every other ending (no question, a failed save) says so plainly and returns to
 * the start by itself.
 */
export function KioskApp() {
  const api = useApi<'kiosk'>();
  const [screen, setScreen] = useState<Screen>({ name: 'loading' });
  const [adminOpen, setAdminOpen] = useState(false);
  const submitting = useRef(false);
  const language = defaultLanguage;
  const words = text(language);

  async function showQuestion() {
    const result = await api.call('kiosk.currentQuestion', {});
    setScreen(result.ok ? { name: 'asking', question: result.value, saving: false } : { name: 'unavailable' });
  }

  async function answer(question: Question, value: number) {
    if (submitting.current) return;
    submitting.current = true;
    setScreen({ name: 'asking', question, saving: true });
    const result = await api.call('kiosk.submitResponse', {
      questionId: question.id,
      questionVersion: question.version,
      value,
    });
    submitting.current = false;
    setScreen(result.ok ? { name: 'comment', responseId: result.value.responseId } : { name: 'failed' });
  }

  async function addComment(responseId: string, text: string) {
    const result = await api.call('kiosk.addComment', { responseId, text });
    setScreen(result.ok ? { name: 'thanks' } : { name: 'commentFailed' });
  }

  useEffect(() => {
    if (adminOpen) return;
    if (screen.name === 'loading') void showQuestion();
    const after = returnToStartAfter[screen.name];
    if (after === undefined) return;
    const timer = setTimeout(() => setScreen({ name: 'loading' }), after);
    return () => clearTimeout(timer);
  }, [screen.name, adminOpen]);

  if (adminOpen) {
    return (
      <AdminArea
        words={words.admin}
        language={language}
        onClose={() => {
          setAdminOpen(false);
          setScreen({ name: 'loading' });
        }}
      />
    );
  }
  return (
    <>
      <HiddenCorner onHold={() => setAdminOpen(true)} />
      {clientScreen()}
    </>
  );

  function clientScreen() {
    switch (screen.name) {
      case 'loading':
        return <main class={styles.screen} aria-busy="true" />;
      case 'unavailable':
        return <StatusMessage tone="problem" message={words.unavailable} />;
      case 'thanks':
        return <StatusMessage tone="calm" title={words.thanks} message={words.thanksSaved} />;
      case 'comment': {
        const { responseId } = screen;
        return (
          <CommentStep
            words={words}
            onSend={(text) => void addComment(responseId, text)}
            onSkip={() => setScreen({ name: 'thanks' })}
            onIdle={() => setScreen({ name: 'loading' })}
          />
        );
      }
      case 'commentFailed':
        return <StatusMessage tone="problem" message={words.commentFailed} />;
      case 'failed':
        return (
          <StatusMessage tone="problem" message={words.saveFailed}>
            <button type="button" class={styles.bigButton} onClick={() => setScreen({ name: 'loading' })}>
              {words.backToStart}
            </button>
          </StatusMessage>
        );
      case 'asking': {
        const { question, saving } = screen;
        const values = scales[question.scale].values;
        return (
          <main class={styles.screen}>
            <h1 class={styles.question}>{pickText(question.texts, language)}</h1>
            <div class={styles.choices} role="group" aria-label={words.answerChoices}>
              {values.map((value, index) => (
                <SmileyButton
                  key={value}
                  position={index / (values.length - 1)}
                  label={scaleLabel(language, question.scale, value)}
                  disabled={saving}
                  onChoose={() => void answer(question, value)}
                />
              ))}
            </div>
            <p class={styles.progress} role="status">
              {saving ? words.saving : ''}
            </p>
          </main>
        );
      }
    }
  }
}
