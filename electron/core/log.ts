/**
 * Where core code reports what happened. Messages describe the machine (files, counts, errors),
 * never a client's answer or the time of one.
 */
export type Log = (level: 'info' | 'warn' | 'error', message: string) => void;

export const logToStderr: Log = (level, message) => {
  process.stderr.write(`${level}: ${message}\n`);
};

export const silentLog: Log = () => {};
