import { useState } from 'preact/hooks';
import { defaultLanguage, languageTag } from '../../shared/languages.ts';
import { StatusMessage } from '../components/StatusMessage/index.tsx';
import { text } from '../i18n/index.ts';
import { HiddenCorner } from './admin/HiddenCorner/index.tsx';
import { firstLanguageOf } from './flow/index.ts';
import { startStyles, styles } from './kiosk-app-classes.ts';
import { About } from './screens/About/index.tsx';
import { ClosedScreen } from './screens/ClosedScreen/index.tsx';
import { CommentStep } from './screens/CommentStep/index.tsx';
import { ExportBanner } from './screens/ExportBanner/index.tsx';
import { FollowUpStep } from './screens/FollowUpStep/index.tsx';
import { HelpScreen } from './screens/HelpScreen/index.tsx';
import { IdleWarning } from './screens/IdleWarning/index.tsx';
import { ThanksScreen } from './screens/ThanksScreen/index.tsx';
import type { KioskStart } from './start/first-screen.ts';
import { QuestionStart } from './start/QuestionStart/index.tsx';
import { speak } from './start/speech.ts';
import { useVoice } from './start/useVoice.ts';
import { useDisplayMode } from './useDisplayMode.ts';
import { useKioskFlow } from './useKioskFlow.ts';
import { useSpokenStep } from './useSpokenStep.ts';

/** Reception's screens load only when the corner is held, so clients never download them. */
type AdminAreaComponent = typeof import('./admin/AdminArea.tsx').AdminArea;

/**
 * The client's screen. A tap saves the answer at once; a follow-up chip and a few words may
 * amend it, each skippable; the thank-you appears only once the core confirmed the answer is
 * durably stored. Language, large text and read-aloud belong to one person and are reset when
 * the next one starts, who begins in the centre's first language. Any screen left untouched
 * warns first, then returns to the start. Outside opening hours a closed screen takes no answers.
 * While a stick staff prepared takes the answers, the start and closed screens say how it goes.
 * `first` is the start screen's data, fetched while this code loaded (null if it could not be
 * had); after that the kiosk asks again itself, for each next person and while it waits.
 * Where the person is, and what comes next, is the flow's (./flow/); this draws it.
 */
export function KioskApp({ first }: { first: KioskStart | null }) {
  const { flow, send } = useKioskFlow(first);
  const { screen, question, display, aside, idleWarning } = flow;
  const { language, largeText, readAloudUsed } = flow.person;
  const [AdminArea, setAdminArea] = useState<AdminAreaComponent>();
  const words = text(language);
  const voice = useVoice(language);
  const firstLanguage = firstLanguageOf(display);
  useDisplayMode(largeText);
  useSpokenStep(flow, voice);

  function openAdmin() {
    void import('./admin/AdminArea.tsx').then((module) => {
      setAdminArea(() => module.AdminArea);
      send({ type: 'adminOpened' });
    });
  }

  if (AdminArea && flow.adminOpen) {
    return (
      <AdminArea
        language={firstLanguage}
        onClose={() => {
          setAdminArea(undefined);
          send({ type: 'adminClosed' });
        }}
      />
    );
  }

  // Where the client listened rather than read, the warning is spoken too.
  const speakWarning = readAloudUsed && voice ? (warning: string) => speak(voice, [warning]) : undefined;

  return (
    <div lang={languageTag[language]} class={styles.page}>
      <HiddenCorner onHold={openAdmin} />
      {aside === null && (screen.name === 'asking' || screen.name === 'closed') && (
        <ExportBanner language={language} />
      )}
      {aside === 'help' && display ? (
        <HelpScreen display={display} language={language} onBack={() => send({ type: 'closeAside' })} />
      ) : aside === 'about' ? (
        <About words={words.about} onClose={() => send({ type: 'closeAside' })} />
      ) : (
        clientStep()
      )}
      {display && aside === null && !['loading', 'unavailable'].includes(screen.name) && (
        <>
          <div class={startStyles.helpBand} />
          <button
            type="button"
            class={startStyles.help}
            onClick={() => send({ type: 'openAside', aside: 'help' })}
          >
            {words.helpButton}
          </button>
        </>
      )}
      {idleWarning && (
        <IdleWarning
          language={language}
          clearsText={screen.name === 'comment' && flow.draft.trim() !== ''}
          speak={speakWarning}
          onMoreTime={() => send({ type: 'moreTime' })}
          onTimeout={() => send({ type: 'walkedAway' })}
        />
      )}
    </div>
  );

  function clientStep() {
    switch (screen.name) {
      case 'loading':
        return <main class={styles.screen} aria-busy="true" />;
      case 'unavailable':
        return <StatusMessage tone="problem" message={words.unavailable} />;
      case 'closed':
        return (
          <ClosedScreen opensNext={screen.opensNext} offered={display?.languages ?? [defaultLanguage]} />
        );
      case 'thanks':
        return <ThanksScreen display={display!} language={language} offerHelp={screen.hardest} />;
      case 'failed':
        return (
          <StatusMessage tone="problem" message={words.saveFailed}>
            <button type="button" class={styles.bigButton} onClick={() => send({ type: 'backToStart' })}>
              {words.backToStart}
            </button>
          </StatusMessage>
        );
      case 'amendFailed':
        return (
          <StatusMessage
            tone="problem"
            message={screen.what === 'change' ? words.changeFailed : words.amendFailed}
          />
        );
      case 'followUp':
        return (
          <FollowUpStep
            chips={screen.chips}
            language={language}
            onChoose={(followUpId) => send({ type: 'chooseFollowUp', followUpId })}
            onSkip={() => send({ type: 'skipFollowUp' })}
            onChangeAnswer={() => send({ type: 'changeMyAnswer' })}
          />
        );
      case 'comment':
        return (
          <CommentStep
            words={words}
            language={language}
            text={flow.draft}
            onType={(typed) => send({ type: 'typeComment', text: typed })}
            onSend={() => send({ type: 'sendComment' })}
            onSkip={() => send({ type: 'skipComment' })}
            onChangeAnswer={() => send({ type: 'changeMyAnswer' })}
          />
        );
      case 'asking':
        return (
          <main class={`${styles.screen} ${styles.start}`}>
            <QuestionStart
              question={question!}
              language={language}
              offered={display!.languages}
              saving={screen.saving?.slow ?? false}
              earlier={screen.earlier?.value}
              largeText={largeText}
              onChoose={(value) => send({ type: 'answer', value })}
              onLanguage={(chosen) => send({ type: 'chooseLanguage', language: chosen })}
              onLargeText={() => send({ type: 'toggleLargeText' })}
              onAbout={() => send({ type: 'openAside', aside: 'about' })}
              onReadAloudUsed={() => send({ type: 'readAloudUsed' })}
            />
          </main>
        );
    }
  }
}
