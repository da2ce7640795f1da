import { languages, type Language } from '../../../../../shared/languages.ts';
import { Button } from '../../../../components/Button/index.tsx';
import { Fieldset } from '../../../../components/Fieldset/index.tsx';
import { Choice, Hint } from '../../../../components/FormLayout/index.tsx';
import { findVoice } from '../../../start/find-voice.ts';
import { useSpeechVoices } from '../../../start/useSpeechVoices.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import type { Edit } from '../../edit.ts';
import styles from './style.module.css';

type Props = { offered: readonly Language[]; onEdit: Edit<Language[]> };

/**
 * Which languages the start screen offers, and in which order: a tick each, and buttons to move
 * one up or down. The first is where every client starts. Only the kiosk's own languages are
 * listed, so none other can be chosen. Each offered language says whether this machine has a
 * voice to read it aloud: without one the start screen shows no read-aloud button in it.
 */
export function LanguagesField({ offered, onEdit }: Props) {
  const { words } = useAdminSession();
  const { voices, listed } = useSpeechVoices();
  const rows = [...offered, ...languages.filter((language) => !offered.includes(language))];
  const move = (language: Language, by: -1 | 1) => onEdit((order) => movedBy(order, language, by));
  const offer = (language: Language, wanted: boolean) =>
    onEdit((order) => {
      const others = order.filter((other) => other !== language);
      return wanted ? [...others, language] : others;
    });
  return (
    <Fieldset legend={words.settingNames.languages}>
      <Hint>{words.languagesHint}</Hint>
      <ol class={styles.languages}>
        {rows.map((language) => {
          const index = offered.indexOf(language);
          const name = words.languageNames[language];
          return (
            <li key={language} class={styles.language}>
              <Choice>
                <input
                  type="checkbox"
                  checked={index >= 0}
                  onChange={(event) => offer(language, event.currentTarget.checked)}
                />
                {name} {index === 0 && words.defaultLanguageMark}
              </Choice>
              {index >= 0 && (
                <span class={styles.order}>
                  <Button
                    look="arrow"
                    aria-label={words.moveUp(name)}
                    disabled={index === 0}
                    onClick={() => move(language, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    look="arrow"
                    aria-label={words.moveDown(name)}
                    disabled={index === offered.length - 1}
                    onClick={() => move(language, 1)}
                  >
                    ↓
                  </Button>
                </span>
              )}
              {index >= 0 && listed && (
                <Hint class={styles.voice}>
                  {findVoice(voices, language) ? words.voiceReadsAloud(name) : words.noVoice(name)}
                </Hint>
              )}
            </li>
          );
        })}
      </ol>
    </Fieldset>
  );
}

/** The order with one language swapped with its neighbour before (-1) or after (1) it. */
function movedBy(order: Language[], language: Language, by: -1 | 1): Language[] {
  const index = order.indexOf(language);
  const neighbour = order[index + by];
  if (index < 0 || neighbour === undefined) return order;
  const moved = [...order];
  [moved[index], moved[index + by]] = [neighbour, language];
  return moved;
}
