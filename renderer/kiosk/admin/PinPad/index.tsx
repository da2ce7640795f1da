import { Button } from '../../../components/Button/index.tsx';
import type { AdminDictionary } from '../../../i18n/admin/index.ts';
import { AdminPanel } from '../AdminPanel/index.tsx';
import { PinEntry } from '../PinEntry/index.tsx';
import styles from './style.module.css';

type Props = {
  words: AdminDictionary;
  title: string;
  message?: string | undefined;
  busy: boolean;
  choosing?: boolean | undefined;
  onSubmit(pin: string): void;
  onCancel(): void;
};

/** The way into the admin view: a titled PIN entry on a screen of its own, with a way back out. */
export function PinPad({ words, title, message, busy, choosing, onSubmit, onCancel }: Props) {
  return (
    <AdminPanel>
      <h1 class={styles.title}>{title}</h1>
      <PinEntry words={words} message={message} busy={busy} choosing={choosing} onSubmit={onSubmit} />
      <Button look="leave" onClick={onCancel}>
        {words.cancel}
      </Button>
    </AdminPanel>
  );
}
