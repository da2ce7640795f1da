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

/**
 * Speaks the texts one after another with the voice, replacing anything still being read.
 * `onEnd` is called once the last text is spoken, or has failed: a voice that has gone (its
 * speech-dispatcher crashed) fails every text at once, and the reading is then over too.
 */
export function speak(voice: SpeechSynthesisVoice, texts: readonly string[], onEnd?: () => void): void {
  speechSynthesis.cancel();
  texts.forEach((words, index) => {
    const utterance = new SpeechSynthesisUtterance(words);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    if (index === texts.length - 1 && onEnd) {
      utterance.onend = onEnd;
      utterance.onerror = onEnd;
    }
    speechSynthesis.speak(utterance);
  });
}

export function stopSpeaking(): void {
  if ('speechSynthesis' in window) speechSynthesis.cancel();
}
