/** The time source core code is given, so tests can set the day instead of waiting for it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
