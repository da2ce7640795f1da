import { z } from 'zod';
import { openingHoursSchema, type DayHours, type OpeningHours } from '../../shared/opening-hours.ts';
import { weekdays, type Weekday } from '../../shared/weekdays.ts';

const example =
  'e.g. "mon=08:00-16:00,tue=08:00-16:00,wed=08:00-16:00,thu=08:00-16:00,fri=08:00-14:00,sat=closed,sun=closed"';

/**
 * `--opening-hours`: "always", or every weekday named once as day=HH:MM-HH:MM or day=closed.
 * Every day must be named, so a forgotten Sunday is an error rather than a silently closed kiosk.
 */
export const openingHoursFlag = z.string().transform((text, context): OpeningHours => {
  const refuse = (reason: string) => {
    context.addIssue({ code: 'custom', message: `--opening-hours: ${reason}` });
    return z.NEVER;
  };
  if (text.trim() === 'always') return null;

  const days: Partial<Record<Weekday, DayHours>> = {};
  for (const part of text.split(',').map((piece) => piece.trim())) {
    const match = /^([a-z]{3})=(?:closed|(\d{2}:\d{2})-(\d{2}:\d{2}))$/.exec(part);
    if (!match) return refuse(`"${part}" is not day=HH:MM-HH:MM or day=closed (${example})`);
    const [, day, opens, closes] = match;
    if (!(weekdays as readonly string[]).includes(day!))
      return refuse(`"${day}" is not a weekday; use ${weekdays.join(', ')}`);
    if (Object.hasOwn(days, day!)) return refuse(`${day} is given twice`);
    days[day as Weekday] = opens === undefined ? null : { opens, closes: closes! };
  }
  const missing = weekdays.filter((day) => !Object.hasOwn(days, day));
  if (missing.length > 0)
    return refuse(
      `name every weekday (${missing.join(', ')} missing); write day=closed for a closed day, or "always"`,
    );

  const parsed = openingHoursSchema.safeParse(days);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse(`${issue.path[0] === undefined ? '' : `${String(issue.path[0])}: `}${issue.message}`);
  }
  return parsed.data;
});
