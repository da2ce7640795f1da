import type { EventEmitter } from 'node:events';
import { networkInterfaces } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Bonjour, type ServiceConfig } from 'bonjour-service';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { silentLog, type Log } from '../log.ts';
import { describeIssues } from '../schema-errors.ts';
import { fingerprintPattern } from '../keys/fingerprint.ts';
import { chooseInterface, lanInterfaceAddresses } from './discovery-address.ts';
import {
  discoveryTxt,
  instanceLabel,
  receiverHints,
  receiverHostName,
  receiverNameSchema,
  type ReceiverHint,
} from './discovery-records.ts';
import { lanServiceType } from './protocol.ts';

/**
 * mDNS / DNS-SD discovery of staff receivers (docs/lan.md, "Discovery"): the staff side
 * advertises, the kiosk browses, and what is found is only a hint for the kiosk's list.
 *
 * Built on bonjour-service rather than @homebridge/ciao: ciao only advertises (it has no
 * browser), and the kiosk must browse; bonjour-service does both over one multicast-dns socket.
 */

/** How a receiver is advertised; `interfaceAddress` is one of the addresses it listens on. */
const advertiseSchema = z.strictObject({
  name: receiverNameSchema,
  port: z.int().min(1).max(65_535),
  fingerprint: z.string().regex(fingerprintPattern, 'expected a key fingerprint like MFRG-GZDF-MZTW-Q2LK'),
  interfaceAddress: z.string(),
});
export type AdvertiseOptions = z.input<typeof advertiseSchema>;

const browseSchema = z.strictObject({
  interfaceAddress: z.string().optional(),
  /** How long to collect answers: a second or two finds what is on a quiet network. */
  timeoutMs: z.int().min(100).max(60_000),
});
export type BrowseOptions = z.input<typeof browseSchema>;

export type Advertisement = { stop(): Promise<void> };

/** The multicast-dns object under bonjour-service: an event emitter that sends responses. */
type MulticastLayer = EventEmitter & { respond(packet: unknown, ...rest: unknown[]): void };
type DnsRecord = { type: string; data?: unknown };
type DnsPacket = DnsRecord[] | { answers?: DnsRecord[]; additionals?: DnsRecord[] };

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('bad_request', `${what}: ${describeIssues(parsed.error)}.`);
  return parsed.data;
}

function interfaceFor(address: string, what: string): string {
  const choice = chooseInterface(address, networkInterfaces());
  if (!choice.ok) throw new AppError('bad_request', `${what}: ${choice.reason}`);
  return choice.address;
}

/**
 * One mDNS socket on the interface of `address`: it joins the group and sends only there, while
 * bound to 0.0.0.0 (Linux hands multicast only to sockets bound to the wildcard or the group).
 * Resolves once the socket is bound; a port another program holds without sharing it is an error
 * a person can act on. Later socket errors go to the log and never end the process
 * (bonjour-service's own default throws them); warnings are ignored, since anyone on the network
 * can cause one with a packet that does not decode.
 */
async function openMdns(address: string, log: Log) {
  const options = { interface: address, bind: '0.0.0.0' };
  const bonjour = new Bonjour(options as Partial<ServiceConfig>, (error: Error) =>
    log('warn', `mDNS could not send: ${error.message}`),
  );
  // bonjour-service's types mark the server private, but it is a plain property at run time and
  // the only way to the multicast-dns layer, which alone reports socket errors.
  const layer = (bonjour as unknown as { server: { mdns: MulticastLayer } }).server.mdns;
  layer.on('warning', () => {});
  // multicast-dns reports a failed bind twice, so the listener stays: the first failure refuses,
  // and any error once the socket is up only goes to the log.
  let ready = false;
  const started = new Promise<void>((resolve, reject) => {
    layer.once('ready', () => {
      ready = true;
      resolve();
    });
    layer.on('error', (error: Error) => {
      if (ready) log('warn', `mDNS: ${error.message}`);
      else reject(error);
    });
  });
  try {
    await started;
  } catch (error) {
    bonjour.destroy();
    throw new AppError(
      'transport_failed',
      `mDNS could not start (${(error as Error).message}): another program may hold UDP port 5353. ` +
        'Discovery is only a hint: the staff PC’s address can still be typed on the kiosk.',
    );
  }
  return { bonjour, layer };
}

/**
 * bonjour-service adds an address record for every interface of the machine to each answer;
 * every response leaves through this filter, so an answer names only the advertised address
 * and nothing about the staff PC's other networks.
 */
function keepOnlyAddress(layer: MulticastLayer, address: string): void {
  const keep = (record: DnsRecord) =>
    record.type === 'A' ? record.data === address : record.type !== 'AAAA';
  const respond = layer.respond.bind(layer);
  layer.respond = (packet: DnsPacket, ...rest: unknown[]) => {
    if (Array.isArray(packet)) return respond(packet.filter(keep), ...rest);
    const { answers = [], additionals = [], ...header } = packet;
    return respond(
      { ...header, answers: answers.filter(keep), additionals: additionals.filter(keep) },
      ...rest,
    );
  };
}

/**
 * Advertises a receiver as `_kuulluksi._tcp` on the interface of `interfaceAddress` only, with
 * the protocol version and the receiver key's fingerprint in its TXT record. Throws a
 * `bad_request` AppError for a loopback, unspecified, IPv6 or foreign address: call it once for
 * each LAN address the receiver listens on. `stop()` sends the goodbye (TTL 0) and closes the socket.
 */
export async function advertiseReceiver(
  options: AdvertiseOptions,
  log: Log = silentLog,
): Promise<Advertisement> {
  const { name, port, fingerprint, interfaceAddress } = parse(advertiseSchema, options, 'Not advertised');
  const address = interfaceFor(interfaceAddress, 'Not advertised');
  const { bonjour, layer } = await openMdns(address, log);
  keepOnlyAddress(layer, address);
  const service = bonjour.publish({
    name: instanceLabel(name, fingerprint),
    type: lanServiceType,
    port,
    host: receiverHostName(fingerprint),
    txt: discoveryTxt(fingerprint),
    // The label carries the key's fingerprint group, so two receivers never share it; probing would
    // only let a receiver on two of this PC's networks hear itself and go quiet.
    probe: false,
    disableIPv6: true,
  });
  let stopped: Promise<void> | undefined;
  return {
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => service.stop(() => bonjour.destroy(() => resolve())))),
  };
}

/**
 * Browses for receivers for `timeoutMs` and returns what answered and is well formed, once per
 * address and port. With `interfaceAddress` it asks on that interface only; without, on each of
 * the kiosk's IPv4 network interfaces (not on the system's default route alone: a centre network
 * without a gateway has none). Asks again after 1 s, 3 s, 7 s… (RFC 6762 §5.2) in case a query
 * was lost.
 */
export async function browseReceivers(options: BrowseOptions, log: Log = silentLog): Promise<ReceiverHint[]> {
  const { interfaceAddress, timeoutMs } = parse(browseSchema, options, 'Not searched');
  const addresses =
    interfaceAddress === undefined
      ? lanInterfaceAddresses(networkInterfaces())
      : [interfaceFor(interfaceAddress, 'Not searched')];
  if (addresses.length === 0) {
    throw new AppError(
      'transport_failed',
      'Not searched: this computer has no IPv4 network connection. Connect it to the centre’s network, or type the staff PC’s address.',
    );
  }
  const sessions: Bonjour[] = [];
  try {
    for (const address of addresses) sessions.push((await openMdns(address, log)).bonjour);
    const browsers = sessions.map((bonjour) => bonjour.find({ type: lanServiceType }));
    const deadline = Date.now() + timeoutMs;
    for (let wait = 1000; Date.now() < deadline; wait *= 2) {
      await sleep(Math.min(wait, deadline - Date.now()));
      if (Date.now() < deadline) browsers.forEach((browser) => browser.update());
    }
    return receiverHints(browsers.flatMap((browser) => browser.services));
  } finally {
    await Promise.all(
      sessions.map((bonjour) => new Promise<void>((resolve) => bonjour.destroy(() => resolve()))),
    );
  }
}
