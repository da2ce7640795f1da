import { Button } from '../../../components/Button/index.tsx';
import type { AdminDictionary } from '../../../i18n/admin/index.ts';
import { AdminPanel } from '../AdminPanel/index.tsx';
import styles from './style.module.css';

type Props = { words: AdminDictionary; onConfirm(): void; onCancel(): void };

/**
 * Asked before the first PIN is chosen on screen: whoever chooses it owns the admin view. It is a
 * speed bump, not a lock, since anyone can tap yes; what keeps clients out is that the core lets
 * the first PIN be chosen here only on a kiosk that has never taken an answer (the core's
 * first-pin-rule.ts). Said plainly, so a client who found the corner by chance goes back.
 */
export function NewKioskCheck({ words, onConfirm, onCancel }: Props) {
  return (
    <AdminPanel>
      <h1 class={styles.title}>{words.newKioskTitle}</h1>
      <p class={styles.note}>{words.newKioskNote}</p>
      <Button look="primary" class={styles.confirm} onClick={onConfirm}>
        {words.settingUpNow}
      </Button>
      <Button look="leave" onClick={onCancel}>
        {words.cancel}
      </Button>
    </AdminPanel>
  );
}
