import type { Input } from '../../../shared/contract/index.ts';
import type { Chip, Question } from '../../../shared/domain.ts';
import type { Language } from '../../../shared/languages.ts';
import type { KioskStart } from '../start/first-screen.ts';

export type Display = KioskStart['display'];
export type Today = KioskStart['today'];
export type OpensNext = Extract<Today, { open: false }>['opensNext'];

/**
 * Where one person is. What they gave so far lives in the core, not here. `sending` marks a
 * follow-up or comment handed to the core and not yet confirmed: a second tap meanwhile is not
 * a second addition.
 */
export type Screen =
  | { name: 'loading' }
  | { name: 'unavailable' }
  | { name: 'closed'; opensNext: OpensNext }
  | { name: 'asking'; saving: Saving | null; earlier: Earlier | null }
  | ({ name: 'followUp'; chips: readonly Chip[]; sending: boolean } & Answered)
  | ({ name: 'comment'; sending: boolean } & Answered)
  | { name: 'thanks'; hardest: boolean }
  | { name: 'failed' }
  | { name: 'amendFailed'; what: 'addition' | 'change' };

/** The tapped answer while the core stores it; `slow` once it took long enough to say "saving". */
export type Saving = { value: number; slow: boolean };

/** The answer the core stored at this person's tap, which the follow-up and comment steps add to. */
export type Answered = { responseId: string; value: number; hardest: boolean };

/**
 * The answer a person went back to change: the faces show it chosen, and the next tap changes
 * it rather than adding another.
 */
export type Earlier = { responseId: string; value: number };

/** A page opened over the flow, which keeps its place underneath: help, or the About credits. */
export type Aside = 'help' | 'about';

/** What one person changed for themselves; the next person starts without it. */
export type Person = { language: Language; largeText: boolean; readAloudUsed: boolean };

/**
 * A call to the kiosk core the flow is waiting for. Its answer comes back as an event carrying
 * the same `id`; an answer to a call the flow no longer waits for is ignored.
 */
export type Request = { id: number } & (
  | { call: 'start' }
  | { call: 'recheck' }
  | { call: 'submitResponse'; input: Input<'kiosk.submitResponse'> }
  | { call: 'addFollowUp'; input: Input<'kiosk.addFollowUp'> }
  | { call: 'addComment'; input: Input<'kiosk.addComment'> }
  | { call: 'changeAnswer'; input: Input<'kiosk.changeAnswer'> }
);

/**
 * The flow's clocks, each by the moment it runs out (in the same milliseconds as events' `at`):
 * `slowSave` shows "saving" under the faces, `screenEnds` returns an ending screen to the start,
 * `idle` raises the warning, `recheck` asks the core again what today brings.
 */
export type TimerKind = 'slowSave' | 'screenEnds' | 'idle' | 'recheck';
export type Timers = Readonly<Partial<Record<TimerKind, number>>>;

export type KioskFlow = {
  screen: Screen;
  /** Today's question, kept while closed so the screen has it again when the kiosk opens. */
  question: Question | undefined;
  display: Display | undefined;
  person: Person;
  aside: Aside | null;
  /** The untouched screen's warning is up, counting down to the start. */
  idleWarning: boolean;
  /** Reception's area covers the client's screen; nothing of the flow runs out meanwhile. */
  adminOpen: boolean;
  /**
   * The words typed into the comment box and not sent yet. Kept while the person goes back to
   * change their answer, so they find their words again; gone when the next person starts.
   */
  draft: string;
  /** When the last thank-you ended: a tap soon after it may be the same person again. */
  lastThanksEndedAt: number | null;
  request: Request | null;
  /** How many requests the flow has made, which numbers the next one. */
  requests: number;
  timers: Timers;
};
