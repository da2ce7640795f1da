import type { Language } from '../../../shared/languages.ts';
import type { KioskStart } from '../start/first-screen.ts';
import type { Aside, TimerKind } from './states.ts';

/** What a person does, what the core answers, and what time does to the flow. */
export type Happening =
  // The client
  | { type: 'answer'; value: number }
  | { type: 'chooseFollowUp'; followUpId: string }
  | { type: 'skipFollowUp' }
  | { type: 'typeComment'; text: string }
  | { type: 'sendComment' }
  | { type: 'skipComment' }
  /** Back from the follow-up or the comment step to the faces, to tap another answer. */
  | { type: 'changeMyAnswer' }
  | { type: 'backToStart' }
  | { type: 'openAside'; aside: Aside }
  | { type: 'closeAside' }
  | { type: 'chooseLanguage'; language: Language }
  | { type: 'toggleLargeText' }
  | { type: 'readAloudUsed' }
  /** Any touch or key press anywhere on the screen. */
  | { type: 'activity' }
  | { type: 'moreTime' }
  /** The idle warning counted down without a touch: whoever was here has gone. */
  | { type: 'walkedAway' }
  // The core's answers to the flow's requests
  | { type: 'startFetched'; id: number; start: KioskStart | null }
  | { type: 'answerSaved'; id: number; responseId: string }
  | { type: 'answerNotSaved'; id: number }
  | { type: 'additionSaved'; id: number }
  | { type: 'additionNotSaved'; id: number }
  | { type: 'changeSaved'; id: number }
  | { type: 'changeNotSaved'; id: number }
  // Time, and reception
  | { type: 'timeUp'; timer: TimerKind; dueAt: number }
  | { type: 'adminOpened' }
  | { type: 'adminClosed' };

/** A happening and when it happened, in milliseconds on one monotonic clock. */
export type FlowEvent = Happening & { at: number };
