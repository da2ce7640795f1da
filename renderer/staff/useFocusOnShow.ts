import { useEffect, useRef } from 'preact/hooks';

/**
 * A heading that takes focus when it appears (give it tabIndex={-1}): after a step changes the
 * screen, keyboard and screen-reader users start where the new content starts, not at the top.
 */
export function useFocusOnShow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
