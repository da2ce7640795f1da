import type { MethodOf, Output } from '../../../../shared/contract/index.ts';
import type { Handlers } from '../../dispatch.ts';
import { AppError } from '../../errors.ts';
import type { ChangeLog } from '../change-log.ts';
import type { KioskLan } from '../lan/kiosk-lan.ts';
import { lanAdminHandlers } from '../lan/lan-admin-handlers.ts';
import type { QuestionBank } from '../question-bank.ts';
import type { ScheduleStore } from '../schedule/schedule-store.ts';
import type { KioskSettingsStore } from '../settings.ts';
import type { StickExport } from '../../usb/stick-export.ts';
import type { AdminGate } from './admin-gate.ts';

type AdminMethod = Extract<MethodOf<'kiosk'>, `admin.${string}`>;
export type AdminHandlers = Pick<Handlers<'kiosk'>, AdminMethod>;

export type AdminParts = {
  admin: AdminGate;
  settings: KioskSettingsStore;
  bank: QuestionBank;
  schedule: ScheduleStore;
  changeLog: ChangeLog;
  status(): Output<'admin.status'>;
  usb: StickExport;
  lan: KioskLan;
  onExit: (() => void) | undefined;
};

/**
 * Reception's methods. Every one but the PIN pad's own needs an open admin session, checked
 * first, so a call from a locked screen changes nothing.
 */
export function adminHandlers({
  admin,
  settings,
  bank,
  schedule,
  changeLog,
  status,
  usb,
  lan,
  onExit,
}: AdminParts): AdminHandlers {
  /** Runs `work` only for an open session; every call also keeps the session from idling out. */
  const withSession =
    <I extends { token: string }, O>(work: (input: I) => O) =>
    (input: I): O => {
      admin.authorize(input.token);
      return work(input);
    };

  return {
    'admin.access': () => admin.access(),
    'admin.setFirstPin': ({ pin }) => admin.setFirstPin(pin),
    'admin.unlock': ({ pin }) => admin.unlock(pin),
    'admin.lock': ({ token }) => {
      admin.lock(token);
      return {};
    },
    'admin.status': withSession(() => status()),
    'admin.changePin': ({ token, currentPin, newPin }) => admin.changePin(token, currentPin, newPin),
    'admin.changeLog': withSession(() => ({ entries: changeLog.entries() })),
    'admin.settings': withSession(() => settings.read()),
    'admin.updateSettings': withSession(({ patch }) => settings.update(patch)),
    'admin.questionBank': withSession(() => ({ entries: bank.entries() })),
    'admin.addQuestion': withSession(({ draft, verbatim }) => bank.add(draft, verbatim)),
    'admin.editQuestion': withSession(({ questionId, draft }) => bank.edit(questionId, draft)),
    'admin.archiveQuestion': withSession(({ questionId, archived }) =>
      bank.setArchived(questionId, archived),
    ),
    'admin.schedule': withSession(() => schedule.view()),
    'admin.setSchedule': withSession(({ plan }) => schedule.setPlan(plan)),
    'admin.askNow': withSession(({ questionId }) => schedule.askNow(questionId)),
    'admin.sticks': withSession(() => ({ sticks: usb.sticks(), export: usb.state() })),
    'admin.exportToStick': withSession(({ path }) => usb.exportToStick(path)),
    ...lanAdminHandlers(lan, withSession),
    'admin.exit': withSession(() => {
      if (onExit === undefined) {
        throw new AppError(
          'not_ready',
          'This kiosk was started without a way to close it from here; close it where it was started.',
        );
      }
      // Deferred, so this call's answer reaches the screen before the kiosk goes away.
      setImmediate(onExit);
      return {};
    }),
  };
}
