import { useAdminSession } from '../../useAdminSession.ts';
import styles from './style.module.css';

type Props = { receiverCode: string; staffKeyCodes: readonly string[]; kioskCode: string };

/**
 * The three codes people compare with the staff PC's screen, large enough to read at arm's
 * length: the staff PC's, each staff key's, and this kiosk's. The check characters in each code
 * catch a misread character.
 */
export function LanCodes({ receiverCode, staffKeyCodes, kioskCode }: Props) {
  const { words } = useAdminSession();
  const codes = [
    { label: words.lan.receiverCode, code: receiverCode },
    ...staffKeyCodes.map((code) => ({ label: words.lan.staffKeyCode, code })),
    { label: words.lan.kioskCode, code: kioskCode },
  ];
  return (
    <dl class={styles.codes}>
      {codes.map(({ label, code }) => (
        <div key={`${label}-${code}`} class={styles.pair}>
          <dt class={styles.label}>{label}</dt>
          <dd class={styles.code} data-code={code}>
            {code}
          </dd>
        </div>
      ))}
    </dl>
  );
}
