import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Language } from '../../../shared/languages.ts';
import type { Dictionary } from '../../i18n/fi.ts';
import { deleteBackwardInField, typeIntoField } from './edit-field.ts';
import { keyboardLayouts, type Key, type KeyboardLayer } from './layouts.ts';
import styles from './style.module.css';

type Props = {
  language: Language;
  words: Dictionary['keyboard'];
  /** The textarea the keys type into; it stays the one place the text lives. */
  field: RefObject<HTMLTextAreaElement | null>;
};

/**
 * Big on-screen keys for a kiosk without a physical keyboard: letters with å ä ö (and for English
 * a key to them), a layer with š ž and other accented letters, digits and punctuation, one-shot
 * shift, backspace and a wide space bar. Typing goes into the field at its caret, so a physical
 * keyboard and these keys can be used in turn.
 *
 * Our own component rather than simple-keyboard: the kiosk's whole script budget is 25 KB
 * gzipped, simple-keyboard builds and patches its own DOM outside Preact, and our layouts are
 * three static tables. Here every key is a real `<button>` with an accessible name that works with
 * Tab, Enter, Space and switch access, for about 2 KB.
 *
 * A tap must not take focus from the field (its caret would vanish and physical typing would stop),
 * so mouse-down is cancelled on the keys. Someone moving through the keys with Tab keeps focus on
 * the key they pressed; anyone else gets it put back in the field.
 */
export function OnScreenKeyboard({ language, words, field }: Props) {
  const [layer, setLayer] = useState<KeyboardLayer>('letters');
  const [shifted, setShifted] = useState(false);
  const keyboard = useRef<HTMLDivElement>(null);
  const rows = keyboardLayouts[language][layer];

  function press(key: Key) {
    const target = field.current;
    if (target === null) return;
    if (key.type === 'shift') setShifted((held) => !held);
    else if (key.type === 'layer') setLayer(key.layer);
    else if (key.type === 'backspace') deleteBackwardInField(target);
    else if (key.type === 'space') typeIntoField(target, ' ');
    else {
      typeIntoField(target, shifted ? key.character.toUpperCase() : key.character);
      setShifted(false);
    }
    if (!keyboard.current?.contains(document.activeElement)) target.focus({ preventScroll: true });
  }

  return (
    <div
      ref={keyboard}
      class={styles.keyboard}
      role="group"
      aria-label={words.label}
      onMouseDown={(event) => event.preventDefault()}
    >
      {/* Keyed by position: a switch of layer relabels the same buttons, so focus stays put. */}
      {rows.map((row, rowIndex) => (
        <div key={rowIndex} class={styles.row}>
          {row.map((key, keyIndex) => {
            const face = faceOf(key, words, shifted);
            return (
              <button
                key={keyIndex}
                type="button"
                class={face.size === undefined ? styles.key : `${styles.key} ${styles[face.size]}`}
                aria-label={face.name}
                aria-pressed={key.type === 'shift' ? shifted : undefined}
                onClick={() => press(key)}
              >
                {face.caption}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

type KeyFace = {
  caption: string;
  /** Only where the caption is a symbol or a short code; a letter key is named by its letter. */
  name?: string;
  /** Wider than a letter key; see layouts.ts for the columns each takes. */
  size?: 'wide' | 'spaceBar';
};

function faceOf(key: Key, words: Dictionary['keyboard'], shifted: boolean): KeyFace {
  switch (key.type) {
    case 'character':
      return { caption: shifted ? key.character.toUpperCase() : key.character };
    case 'shift':
      return { caption: '⇧', name: words.shift, size: 'wide' };
    case 'backspace':
      return { caption: '⌫', name: words.backspace, size: 'wide' };
    case 'space':
      return { caption: '', name: words.space, size: 'spaceBar' };
    case 'layer':
      // The name keeps the visible caption (WCAG 2.5.3), so "123" spoken to voice control works.
      return { caption: key.caption, name: `${key.caption} ${words[key.layer]}`, size: 'wide' };
  }
}
