/** How many whole minutes, rounded up, a lockout of this many seconds still lasts. */
export const minutesOf = (seconds: number) => Math.ceil(seconds / 60);
