/**
 * Typing into a textarea from outside it, as its own keys would: at the caret (over a selection),
 * never past `maxLength`, the caret left after the change, and an `input` event sent so whoever
 * listens to the field sees the key as typing. A textarea always has a caret position, even
 * unfocused: it stays where the client left it, and after the value is set from code it is at
 * the end.
 */
export function typeIntoField(field: HTMLTextAreaElement, text: string): void {
  const { selectionStart: start, selectionEnd: end } = field;
  // maxLength is -1 when the field has none; the browser itself limits only what a person types.
  const room = field.maxLength < 0 ? text.length : field.maxLength - (field.value.length - (end - start));
  const typed = text.slice(0, Math.max(0, room));
  if (typed === '') return;
  field.setRangeText(typed, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: typed }));
}

/** Deletes the selection, or else the one character before the caret. */
export function deleteBackwardInField(field: HTMLTextAreaElement): void {
  const { selectionStart: start, selectionEnd: end } = field;
  if (end === 0) return;
  const from = start < end ? start : start - lengthOfCharacterBefore(field.value, start);
  field.setRangeText('', from, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
}

/** An emoji typed on a physical keyboard is two UTF-16 units; deleting one would leave half a character. */
function lengthOfCharacterBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}
