import { useEffect, useState } from 'preact/hooks';

/**
 * The system's voices, and whether the browser has said which it has (`listed`). Chromium hands
 * them over late: `getVoices()` is empty at first, and each list it receives, empty or not, comes
 * with a `voiceschanged` event. Until then "no voices" would be a guess, so `listed` stays false.
 */
export type SpeechVoices = { voices: readonly SpeechSynthesisVoice[]; listed: boolean };

/** One list for the whole page, kept from its first use, so a screen opened later finds it ready. */
let current: SpeechVoices | undefined;
const listeners = new Set<(voices: SpeechVoices) => void>();

function startListing(): SpeechVoices {
  if (current) return current;
  if (!('speechSynthesis' in window)) return (current = { voices: [], listed: true });
  const read = (listed: boolean): SpeechVoices => {
    const voices = speechSynthesis.getVoices();
    return { voices, listed: listed || voices.length > 0 };
  };
  speechSynthesis.addEventListener('voiceschanged', () => {
    current = read(true);
    for (const listener of listeners) listener(current);
  });
  return (current = read(false));
}

export function useSpeechVoices(): SpeechVoices {
  const [voices, setVoices] = useState(startListing);
  useEffect(() => {
    listeners.add(setVoices);
    setVoices(startListing());
    return () => void listeners.delete(setVoices);
  }, []);
  return voices;
}
