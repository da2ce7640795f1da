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
