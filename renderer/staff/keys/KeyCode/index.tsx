import { Card } from '../../../components/Card/index.tsx';
import { useStaff } from '../../useStaff.ts';
import styles from './style.module.css';

/**
 * The staff key's code in large print, which kiosks' pairing shows too; `framed` where it stands
 * on its own rather than in a card with other things.
 */
export function KeyCode({ code, framed = false }: { code: string; framed?: boolean }) {
  const { words } = useStaff();
  return framed ? (
    <Card as="p" class={styles.keyCode}>
      {words.keyCode(code)}
    </Card>
  ) : (
    <p class={styles.keyCode}>{words.keyCode(code)}</p>
  );
}
