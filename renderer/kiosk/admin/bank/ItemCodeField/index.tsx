import { maxItemCodeLength } from '../../../../../shared/item-code-rule.ts';
import { Field } from '../../../../components/Field/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';

type Props = { value: string; invalid: boolean; onChange(code: string): void };

/**
 * The question's code in a national or regional feedback set, such as THL's: optional, so staff
 * can put its answers beside the same item elsewhere. The hint says a changed code is a new version.
 */
export function ItemCodeField({ value, invalid, onChange }: Props) {
  const { words } = useAdminSession();
  return (
    <Field
      label={words.itemCodeTitle}
      hint={words.itemCodeHint}
      type="text"
      value={value}
      maxLength={maxItemCodeLength}
      spellcheck={false}
      autocomplete="off"
      invalid={invalid}
      onChange={onChange}
    />
  );
}
