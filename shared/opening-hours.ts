/**
 * Opening hours per weekday. Outside them the kiosk shows a calm "closed" screen that takes no
 * answers. `null` for the whole setting means the kiosk is always open (the default); `null` for
 * a day means closed all that day.
 */
import { z } from 'zod';
import { weekdays, type Weekday } from './weekdays.ts';

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM, from 00:00 to 23:59');

const dayHoursSchema = z
  .strictObject({ opens: timeOfDay, closes: timeOfDay })
  .refine((hours) => hours.opens < hours.closes, {
    message: 'closing time must be after opening time (the same day)',
    path: ['closes'],
  })
  .nullable();
export type DayHours = z.infer<typeof dayHoursSchema>;

export const openingHoursSchema = z
  .strictObject(
    Object.fromEntries(weekdays.map((day) => [day, dayHoursSchema])) as Record<
      Weekday,
      typeof dayHoursSchema
    >,
  )
  .nullable();
export type OpeningHours = z.infer<typeof openingHoursSchema>;
