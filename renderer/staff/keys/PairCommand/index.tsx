import { useStaff } from '../../useStaff.ts';
import styles from './style.module.css';

/** The command that pairs a kiosk with a public key file just written, ready to copy. */
export function PairCommand({ publicKeyFile }: { publicKeyFile: string }) {
  const { words } = useStaff();
  return (
    <>
      <p>{words.pairKiosks}</p>
      <pre class={styles.command}>{`kuulluksi kiosk pair --data KIOSK_DIR --staff ${publicKeyFile}`}</pre>
    </>
  );
}
