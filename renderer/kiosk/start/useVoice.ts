import type { Language } from '../../../shared/languages.ts';
import { findVoice } from './find-voice.ts';
import { useSpeechVoices } from './useSpeechVoices.ts';

/**
 * A voice for the language, if the system has one (on Linux, Chromium finds voices through
 * speech-dispatcher). Voices arrive late and may change; this follows them.
 */
export function useVoice(language: Language): SpeechSynthesisVoice | undefined {
  return findVoice(useSpeechVoices().voices, language);
}
