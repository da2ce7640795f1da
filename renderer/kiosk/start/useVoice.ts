import { useEffect, useState } from 'preact/hooks';
import { languageTag, type Language } from '../../../shared/languages.ts';

/**
 * A voice for the language, if the system has one (on Linux, Chromium finds voices through
 * speech-dispatcher). Voices arrive late and may change, so this listens for `voiceschanged`.
 */
export function useVoice(language: Language): SpeechSynthesisVoice | undefined {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => speechVoices());
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const update = () => setVoices(speechVoices());
    speechSynthesis.addEventListener('voiceschanged', update);
    // Voices that arrived between the first drawing and now came with an event nobody heard.
    update();
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  const tag = languageTag[language].toLowerCase();
  const base = tag.split('-')[0]!;
  return (
    voices.find((voice) => voice.lang.toLowerCase() === tag) ??
    voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === base)
  );
}

function speechVoices(): SpeechSynthesisVoice[] {
  return 'speechSynthesis' in window ? speechSynthesis.getVoices() : [];
}
