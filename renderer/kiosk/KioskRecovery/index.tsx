import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultLanguage, type Language } from '../../../shared/languages.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorBoundary } from '../../components/ErrorBoundary/index.tsx';
import { StatusMessage } from '../../components/StatusMessage/index.tsx';
import { text } from '../../i18n/index.ts';
import { restartDelayMs, withFailure } from '../restart-after-error.ts';
import { fetchKioskStart, type KioskStart } from '../start/first-screen.ts';
import { stopSpeaking } from '../start/speech.ts';

type Props = {
  /** The start screen's data, fetched while the kiosk's code loaded (null if it could not be had). */
  first: KioskStart | null;
  /** The kiosk, drawn from the start screen's data it is handed. */
  app(start: KioskStart | null): ComponentChildren;
};

/**
 * The root of the client's screen. A screen that throws does not leave a blank page: the kiosk
 * starts over at its start screen, asked for afresh, as the next person would find it. Nothing a
 * client gave is lost, since the core stored each answer at its tap; only words not yet sent go.
 * Should the start screen keep failing as well, a calm screen stands between tries.
 */
export function KioskRecovery({ first, app }: Props) {
  const [start, setStart] = useState(first);
  const failures = useRef<readonly number[]>([]);
  return (
    <ErrorBoundary
      onError={() => {
        failures.current = withFailure(failures.current, performance.now());
        stopSpeaking();
      }}
      fallback={(_error, retry) => (
        <Restarting
          language={start?.display.languages[0] ?? defaultLanguage}
          waitMs={restartDelayMs(failures.current)}
          onReady={(fresh) => {
            setStart(fresh);
            retry();
          }}
        />
      )}
    >
      {app(start)}
    </ErrorBoundary>
  );
}

type RestartingProps = { language: Language; waitMs: number; onReady(start: KioskStart | null): void };

/** "One moment" in the centre's first language, while the start screen is asked for again. */
function Restarting({ language, waitMs, onReady }: RestartingProps) {
  const api = useApi<'kiosk'>();
  useEffect(() => {
    let shown = true;
    const timer = setTimeout(
      () =>
        void fetchKioskStart(api)
          .catch(() => null)
          .then((fresh) => shown && onReady(fresh)),
      waitMs,
    );
    return () => {
      shown = false;
      clearTimeout(timer);
    };
  }, []);
  return <StatusMessage tone="calm" message={text(language).oneMoment} />;
}
