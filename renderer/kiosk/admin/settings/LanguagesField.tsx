import { languages, type Language } from '../../../../shared/languages.ts';
import { useAdminSession } from '../admin-session.ts';
import form from '../form.module.css';
import styles from './style.module.css';

type Props = { offered: readonly Language[]; onChange(offered: Language[]): void };

/**
 * Which languages the start screen offers, and in which order: a tick each, and buttons to move
 * one up or down. The first is where every client starts. Only the kiosk's own languages are
 * listed, so none other can be chosen.
 */
export function LanguagesField({ offered, onChange }: Props) {
  const { words } = useAdminSession();
  const rows = [...offered, ...languages.filter((language) => !offered.includes(language))];
  const move = (index: number, by: -1 | 1) => {
    const order = [...offered];
    [order[index], order[index + by]] = [order[index + by]!, order[index]!];
    onChange(order);
  };
  return (
    <fieldset class={form.fieldset}>
      <legend class={form.legend}>{words.settingNames.languages}</legend>
      <p class={form.hint}>{words.languagesHint}</p>
      <ol class={styles.languages}>
        {rows.map((language) => {
          const index = offered.indexOf(language);
          const name = words.languageNames[language];
          return (
            <li key={language} class={styles.language}>
              <label class={form.choice}>
                <input
                  type="checkbox"
                  checked={index >= 0}
                  onChange={(event) =>
                    onChange(
                      event.currentTarget.checked
                        ? [...offered, language]
                        : offered.filter((other) => other !== language),
                    )
                  }
                />
                {name} {index === 0 && words.defaultLanguageMark}
              </label>
              {index >= 0 && (
                <span class={styles.order}>
                  <button
                    type="button"
                    class={styles.move}
                    aria-label={words.moveUp(name)}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class={styles.move}
                    aria-label={words.moveDown(name)}
                    disabled={index === offered.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
