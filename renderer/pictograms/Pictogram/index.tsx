import type { PictogramName } from '../names.ts';
import { pictogramUrls } from '../registry.ts';
import styles from './style.module.css';

/**
 * A pictogram drawn beside a text label. It is decorative on purpose: the label is the
 * accessible name, so a screen reader says the words once and no image description besides.
 * The surrounding CSS sets its size through `--pictogram-size`.
 */
export function Pictogram({ name }: { name: PictogramName }) {
  // Not draggable: a long press on a touch screen would otherwise lift a ghost copy of the image.
  return (
    <img class={styles.pictogram} src={pictogramUrls[name]} alt="" aria-hidden="true" draggable={false} />
  );
}
