import { useId, useState } from 'preact/hooks';
import type { KioskSettings } from '../../../../../shared/kiosk-settings.ts';
import type { OpeningHours } from '../../../../../shared/opening-hours.ts';
import { weekdays, type Weekday } from '../../../../../shared/weekdays.ts';
import { Button } from '../../../../components/Button/index.tsx';
import { Card } from '../../../../components/Card/index.tsx';
import { TimeField } from '../../../../components/Field/index.tsx';
import { Fieldset } from '../../../../components/Fieldset/index.tsx';
import { Actions, Choice, Heading, Hint, Row, Section } from '../../../../components/FormLayout/index.tsx';
import { Alert } from '../../../../components/Notice/index.tsx';
import { useAdminData } from '../../useAdminData.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import { SaveActions } from '../../SaveActions/index.tsx';
import { useSave } from '../../useSave.ts';
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
    <Section aria-labelledby="hours-title" aria-busy={!settings.data && !settings.problem}>
      <Heading id="hours-title">{words.hoursTitle}</Heading>
      <Hint>{words.hoursNote}</Hint>
      {settings.problem && <Alert>{settings.problem}</Alert>}
      {settings.data && <OpeningHoursForm stored={settings.data} onSaved={settings.set} />}
    </Section>
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
    <Section
      as="form"
      onSubmit={(event) => {
        event.preventDefault();
        void save(call('admin.updateSettings', { patch: { openingHours: hoursOf(hours) } }), (updated) => {
          onSaved(updated);
          setHours(formOf(updated.openingHours));
          return words.saved;
        });
      }}
    >
      <Fieldset legend={words.hoursMode}>
        <Choice>
          <input type="radio" name={name} checked={hours.always} onChange={() => setAlways(true)} />
          {words.alwaysOpen}
        </Choice>
        <Choice>
          <input type="radio" name={name} checked={!hours.always} onChange={() => setAlways(false)} />
          {words.openByWeekday}
        </Choice>
      </Fieldset>
      {!hours.always && (
        <Card>
          {weekdays.map((day) => (
            <DayFields
              key={day}
              day={day}
              hours={hours.days[day]}
              onChange={(change) => setDay(day, change)}
            />
          ))}
          <Actions>
            <Button look="secondary" onClick={copyMonday}>
              {words.copyToWeekdays}
            </Button>
          </Actions>
        </Card>
      )}
      <SaveActions label={words.save} busy={busy} outcome={outcome} />
    </Section>
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
  const { words, language } = useAdminSession();
  const id = useId();
  const timeField = (label: string, value: string, onTime: (time: string) => void) => (
    <TimeField
      label={label}
      value={value}
      language={language}
      hourLabel={`${label}: ${words.timeHour}`}
      minutesLabel={`${label}: ${words.timeMinutes}`}
      onChange={onTime}
    />
  );
  return (
    <div class={styles.day} role="group" aria-labelledby={`${id}-day`}>
      <span id={`${id}-day`} class={styles.dayName}>
        {words.weekdayNames[day]}
      </span>
      <Choice>
        <input
          type="checkbox"
          checked={hours.open}
          onChange={(event) => onChange({ open: event.currentTarget.checked })}
        />
        {words.open}
      </Choice>
      {hours.open ? (
        <Row>
          {timeField(words.opens, hours.opens, (opens) => onChange({ opens }))}
          {timeField(words.closes, hours.closes, (closes) => onChange({ closes }))}
        </Row>
      ) : (
        <Hint>{words.closedAllDay}</Hint>
      )}
    </div>
  );
}
