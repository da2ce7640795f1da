import { useEffect, useState } from 'preact/hooks';
import type { Output } from '../../../../shared/contract/index.ts';
import type { Language } from '../../../../shared/languages.ts';
import { useApi } from '../../../api/useApi.ts';
import { text } from '../../../i18n/index.ts';
import styles from './style.module.css';

type Notice = Output<'kiosk.exportNotice'>;

/** How often a waiting screen asks how an export onto a stick goes. */
const pollMs = 2_000;

/**
 * A calm line above the start or closed screen while a stick staff prepared takes the answers:
 * how many files are written, then that the stick may be pulled out. It is asked for only while
 * shown, takes no focus and covers nothing (the screen below makes room for it), and says no
 * count of answers. Empty while no export runs, the stick being out.
 */
export function ExportBanner({ language }: { language: Language }) {
  const api = useApi<'kiosk'>();
  const [notice, setNotice] = useState<Notice>({ state: 'idle' });
  useEffect(() => {
    let shown = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () =>
      void api.call('kiosk.exportNotice', {}).then((result) => {
        if (!shown) return;
        if (result.ok) setNotice(result.value);
        timer = setTimeout(ask, pollMs);
      });
    ask();
    return () => {
      shown = false;
      clearTimeout(timer);
    };
  }, []);

  const words = text(language).exportNotice;
  return (
    <p role="status" class={styles.exportBanner} data-state={notice.state}>
      {notice.state === 'idle'
        ? ''
        : notice.state === 'exporting'
          ? notice.total > 0
            ? `${words.exporting} ${notice.written} / ${notice.total}`
            : words.exporting
          : words[notice.state]}
    </p>
  );
}
