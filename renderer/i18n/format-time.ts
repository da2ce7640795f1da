/**
 * A stored time of day (HH:MM) the way the reader writes it: 8.00 in Finnish and Swedish as used
 * in Finland, 8:00 in English. Hours lose their leading zero, as in speech.
 */
export function formatTime(time: string, separator: '.' | ':'): string {
  const [hours = '', minutes = ''] = time.split(':');
  return `${Number(hours)}${separator}${minutes}`;
}
