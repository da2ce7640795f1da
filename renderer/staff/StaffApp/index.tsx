import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Output } from '../../../shared/contract/index.ts';
import { languageTag } from '../../../shared/languages.ts';
import { useApi } from '../../api/useApi.ts';
import { LanguageButtons } from '../../components/LanguageButtons/index.tsx';
import { staffLanguages, staffText, type StaffLanguage } from '../../i18n/staff/index.ts';
import { FirstRun } from '../keys/FirstRun/index.tsx';
import { KeysProblem } from '../keys/KeysProblem/index.tsx';
import { StaffContext } from '../staff-context.ts';
import { StaffView } from '../StaffView/index.tsx';
import { StaffMain } from '../StaffMain/index.tsx';
import styles from './style.module.css';

type Keys = Output<'staff.keys'>;

/**
 * The staff tool: its keys first. Without keys it is the first run, which has no way past it but
 * a backup; with keys it cannot open, what is wrong and what to do; with open keys, the report,
 * the import and the kiosks.
 */
export function StaffApp() {
  const api = useApi<'staff'>();
  const [language, setLanguage] = useState<StaffLanguage>('fi');
  const words = staffText(language);
  const staff = useMemo(() => ({ api, words, language }), [api, language]);
  const [keys, setKeys] = useState<Keys | { unreachable: string }>();

  const loadKeys = () =>
    void api
      .call('staff.keys', {})
      .then((result) => setKeys(result.ok ? result.value : { unreachable: result.error.message }));
  useEffect(loadKeys, []);
  useEffect(() => {
    document.documentElement.lang = languageTag[language];
    document.title = words.toolTitle;
  }, [language]);

  return (
    <StaffContext.Provider value={staff}>
      <div class={styles.page}>
        <header class={styles.header}>
          <h1 class={styles.title}>{words.toolTitle}</h1>
          {keys && 'keyCode' in keys && keys.keyCode && (
            <p class={styles.keyCode}>{words.keyCode(keys.keyCode)}</p>
          )}
          <LanguageButtons
            options={staffLanguages}
            chosen={language}
            label={words.language}
            look="header"
            onChoose={(choice: StaffLanguage) => setLanguage(choice)}
          />
        </header>
        {keys === undefined ? (
          <StaffMain busy>
            <p role="status">{words.opening}</p>
          </StaffMain>
        ) : 'unreachable' in keys ? (
          <KeysProblem message={keys.unreachable} kind={null} onRetry={loadKeys} />
        ) : keys.state === 'unlocked' ? (
          <StaffView />
        ) : keys.problem ? (
          <KeysProblem message={keys.problem.message} kind={keys.problem.kind} onRetry={loadKeys} />
        ) : (
          <FirstRun onReady={loadKeys} />
        )}
      </div>
    </StaffContext.Provider>
  );
}
