import { useId, useState } from 'preact/hooks';
import type { KioskSettings } from '../../../../shared/kiosk-settings.ts';
import type { OpeningHours } from '../../../../shared/opening-hours.ts';
import { weekdays, type Weekday } from '../../../../shared/weekdays.ts';
import { useAdminData, useAdminSession } from '../admin-session.ts';
import { Field } from '../fields.tsx';
import form from '../form.module.css';
import { useSave } from '../Notice.tsx';
import { SaveActions } from '../SaveActions.tsx';
import styles from './style.module.css';

type DayForm = { open: boolean; opens: string; closes: string };
type HoursForm = { always: boolean; days: Record<Weekday, DayForm> };

/** What a day starts as when reception first turns on opening hours: a usual day-centre day. */
const usualDay: DayForm = { open: true, opens: '08:00', closes: '16:00' };
const weekend: Weekday[] = ['sat', 'sun'];

function formOf(hours: OpeningHours): HoursForm {
  const days = Object.fromEntries(
    weekdays.map((day) => {
      if (hours === null) return [day, { ...usualDay, open: !weekend.includes(day) }];
      const set = hours[day];
      return [day, set ? { open: true, ...set } : { ...usualDay, open: false }];
    }),
  ) as Record<Weekday, DayForm>;
  return { always: hours === null, days };
}

function hoursOf({ always, days }: HoursForm): OpeningHours {
  if (always) return null;
  return Object.fromEntries(
    weekdays.map((day) => [
      day,
      days[day].open ? { opens: days[day].opens, closes: days[day].closes } : null,
    ]),
  ) as OpeningHours;
}

/** When the kiosk takes answers: always, or per weekday from one time to another. Outside them it shows it is closed. */
export function OpeningHoursSection() {
  const { words } = useAdminSession();
  const settings = useAdminData('admin.settings');
  return (
    <section
      class={form.section}
      aria-labelledby="hours-title"
      aria-busy={!settings.data && !settings.problem}
    >
      <h2 id="hours-title" class={form.heading}>
        {words.hoursTitle}
      </h2>
      <p class={form.hint}>{words.hoursNote}</p>
      {settings.problem && (
        <p role="alert" class={form.problem}>
          {settings.problem}
        </p>
      )}
      {settings.data && <OpeningHoursForm stored={settings.data} onSaved={settings.set} />}
    </section>
  );
}

type FormProps = { stored: KioskSettings; onSaved(settings: KioskSettings): void };

/**
 * The hours as one form. The stored hours are read once, here, so nothing draws them again over
 * a time being typed; a finished save puts them back as the core keeps them.
 */
function OpeningHoursForm({ stored, onSaved }: FormProps) {
  const { words, call } = useAdminSession();
  const [hours, setHours] = useState(() => formOf(stored.openingHours));
  const { outcome, busy, save } = useSave();
  const name = useId();

  const setAlways = (always: boolean) => setHours((previous) => ({ ...previous, always }));
  const setDay = (day: Weekday, change: Partial<DayForm>) =>
    setHours((previous) => ({
      ...previous,
      days: { ...previous.days, [day]: { ...previous.days[day], ...change } },
    }));
  const copyMonday = () =>
    setHours((previous) => ({
      ...previous,
      days: {
        ...previous.days,
        ...Object.fromEntries(
          (['tue', 'wed', 'thu', 'fri'] as const).map((day) => [day, { ...previous.days.mon }]),
        ),
      },
    }));

  return (
    <form
      class={form.section}
      onSubmit={(event) => {
        event.preventDefault();
        void save(call('admin.updateSettings', { patch: { openingHours: hoursOf(hours) } }), (updated) => {
          onSaved(updated);
          setHours(formOf(updated.openingHours));
          return words.saved;
        });
      }}
    >
      <fieldset class={form.fieldset}>
        <legend class={form.legend}>{words.hoursMode}</legend>
        <label class={form.choice}>
          <input type="radio" name={name} checked={hours.always} onChange={() => setAlways(true)} />
          {words.alwaysOpen}
        </label>
        <label class={form.choice}>
          <input type="radio" name={name} checked={!hours.always} onChange={() => setAlways(false)} />
          {words.openByWeekday}
        </label>
      </fieldset>
      {!hours.always && (
        <div class={form.card}>
          {weekdays.map((day) => (
            <DayFields
              key={day}
              day={day}
              hours={hours.days[day]}
              onChange={(change) => setDay(day, change)}
            />
          ))}
          <div class={form.actions}>
            <button type="button" class={form.secondary} onClick={copyMonday}>
              {words.copyToWeekdays}
            </button>
          </div>
        </div>
      )}
      <SaveActions label={words.save} busy={busy} outcome={outcome} />
    </form>
  );
}

/** One weekday on one row: its name, whether it opens, and from when to when. */
function DayFields({
  day,
  hours,
  onChange,
}: {
  day: Weekday;
  hours: DayForm;
  onChange(change: Partial<DayForm>): void;
}) {
  const { words } = useAdminSession();
  const id = useId();
  return (
    <div class={styles.day} role="group" aria-labelledby={`${id}-day`}>
      <span id={`${id}-day`} class={styles.dayName}>
        {words.weekdayNames[day]}
      </span>
      <label class={form.choice}>
        <input
          type="checkbox"
          checked={hours.open}
          onChange={(event) => onChange({ open: event.currentTarget.checked })}
        />
        {words.open}
      </label>
      {hours.open ? (
        <div class={form.row}>
          <Field
            type="time"
            label={words.opens}
            value={hours.opens}
            onChange={(opens) => onChange({ opens })}
          />
          <Field
            type="time"
            label={words.closes}
            value={hours.closes}
            onChange={(closes) => onChange({ closes })}
          />
        </div>
      ) : (
        <p class={form.hint}>{words.closedAllDay}</p>
      )}
    </div>
  );
}
