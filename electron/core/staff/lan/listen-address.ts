/** An address the receiver listens on: only those it is given, never every interface by surprise. */
export type ListenAddress = { host: string; port: number };

/** HOST:PORT as people type it, with an IPv6 host in brackets. */
export const formatListenAddress = ({ host, port }: ListenAddress) =>
  host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
