import { useEffect } from 'preact/hooks';
import type { KioskFlow } from './flow/index.ts';
import { spokenStep } from './spoken-step.ts';
import { speak } from './start/speech.ts';

/**
 * Reads each step after the answer aloud as it appears, once, when the person turned read-aloud
 * on and the system has a voice for their language. The same step drawn again (while a chip is
 * being sent, or a word typed) is not read again.
 */
export function useSpokenStep(flow: KioskFlow, voice: SpeechSynthesisVoice | undefined): void {
  const texts = flow.person.readAloudUsed && voice ? spokenStep(flow) : null;
  const said = texts?.join('\n');
  useEffect(() => {
    if (texts && voice) speak(voice, texts);
  }, [said]);
}
