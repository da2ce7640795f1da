/**
 * A change to a form's state, made from the state as it is when the change lands rather than as
 * it was last drawn: two changes before the next draw both count.
 */
export type Edit<T> = (change: (previous: T) => T) => void;

/** The edit of one part of a form's state, made through the edit of the whole. */
export function editPart<T, K extends keyof T>(edit: Edit<T>, key: K): Edit<T[K]> {
  return (change) => edit((previous) => ({ ...previous, [key]: change(previous[key]) }));
}
