import { useLayoutEffect } from 'preact/hooks';

/**
 * Large text with higher contrast, for one person: set on the document root so every screen
 * follows (global.css), and lifted again when the next person starts.
 */
export function useDisplayMode(large: boolean): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (large) root.dataset['display'] = 'large';
    else delete root.dataset['display'];
  }, [large]);
}
