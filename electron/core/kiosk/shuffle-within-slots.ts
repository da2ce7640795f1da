import { dayParts, type StoredResponse } from '../../../shared/domain.ts';
import { shuffled } from '../shuffled.ts';

/**
 * Orders responses by time slot (day, then day-part, then hour where kept) and randomly within
 * each slot, so the order of a batch says nothing finer than the slot itself (ARCHITECTURE.md,
 * anonymity rule 3).
 */
export function shuffleWithinSlots<R extends StoredResponse>(responses: readonly R[]): R[] {
  const slotKey = (r: StoredResponse) =>
    `${r.day}#${dayParts.indexOf(r.dayPart)}#${String(r.hour ?? -1).padStart(2, '0')}`;
  const slots = Map.groupBy(responses, slotKey);
  return [...slots.keys()].sort().flatMap((key) => shuffled(slots.get(key)!));
}
