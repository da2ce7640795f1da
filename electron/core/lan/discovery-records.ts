import { z } from 'zod';
import { fingerprintPattern } from '../keys/fingerprint.ts';
import { isUsableLanAddress } from './discovery-address.ts';
import { lanProtocolVersion } from './protocol.ts';

/**
 * What a receiver puts into DNS-SD and how a kiosk reads it back. Everything read back came off
 * the network from anyone on the link, so it is parsed by a schema and dropped whole when any
 * part is wrong; what survives is a hint for the kiosk's list, never trusted: the pairing codes
 * are what people compare.
 */

/** A DNS label holds at most 63 bytes (RFC 1035); the instance name is one label. */
const maxLabelBytes = 63;
/** A hostile network could answer with any number of services; the list shows no more. */
export const maxReceiverHints = 50;

/** Control and format characters (bidi overrides among them) could make a name read as another. */
const unreadable = /[\p{Cc}\p{Cf}]/u;

/** The name staff gave the receiver, as `hello` carries it. */
export const receiverNameSchema = z
  .string()
  .trim()
  .min(1, 'a receiver name must not be empty')
  .max(100)
  .refine((name) => !unreadable.test(name), 'a receiver name must not contain control characters');

/** The key and value pairs of the TXT record, small enough for one string each (RFC 6763 §6). */
export function discoveryTxt(fingerprint: string): Record<string, string> {
  return { v: String(lanProtocolVersion), fp: fingerprint };
}

const txtSchema = z.object({
  v: z.literal(String(lanProtocolVersion)),
  fp: z.string().regex(fingerprintPattern),
});

/** ` (MFRG)`: the receiver key's first fingerprint group keeps two PCs both named "Office" apart. */
const labelSuffix = (fingerprint: string) => ` (${fingerprint.slice(0, 4)})`;

/**
 * The DNS-SD instance name: the receiver's name, cut to fit one label, then its key's first
 * fingerprint group. Receivers with the same name thus never collide, so no probing is needed and
 * a second staff PC is never silenced by the first. Dots become hyphens: in DNS a dot would split
 * the name.
 */
export function instanceLabel(name: string, fingerprint: string): string {
  const suffix = labelSuffix(fingerprint);
  const budget = maxLabelBytes - Buffer.byteLength(suffix);
  let cut = '';
  for (const char of name.replaceAll('.', '-')) {
    if (Buffer.byteLength(cut + char) > budget) break;
    cut += char;
  }
  return cut.trimEnd() + suffix;
}

/**
 * The host name in the SRV record. Made from the key, not the computer's own name, which may
 * name a person ("MARJA-LAPTOP") and is none of the network's business.
 */
export function receiverHostName(fingerprint: string): string {
  return `kuulluksi-${fingerprint.replaceAll('-', '').toLowerCase()}.local`;
}

/** A receiver found by browsing: where to ask `hello`, and what it claims to be. */
export type ReceiverHint = { name: string; host: string; port: number; fingerprint: string };

/**
 * The parts of a bonjour-service browser's service object that are read. The library has already
 * decoded the packet, but it checks nothing about the values.
 */
const discoveredServiceSchema = z.object({
  name: z.string(),
  port: z.int().min(1).max(65_535),
  addresses: z.array(z.string()).max(64),
  referer: z.object({ address: z.string() }).optional(),
  txt: txtSchema,
});

/**
 * A hint from one discovered service, or null when anything in it is malformed: a wrong
 * protocol version or fingerprint, a port out of range, no usable IPv4 address, an unreadable or
 * empty name. The address is the one the answer came from when the answer lists it (a receiver's
 * own answers always do), else the first usable one listed.
 */
export function toReceiverHint(service: unknown): ReceiverHint | null {
  const parsed = discoveredServiceSchema.safeParse(service);
  if (!parsed.success) return null;
  const { name: label, port, addresses, referer, txt } = parsed.data;
  const usable = addresses.filter(isUsableLanAddress);
  const host = referer && usable.includes(referer.address) ? referer.address : usable[0];
  if (host === undefined) return null;
  const suffix = labelSuffix(txt.fp);
  const name = receiverNameSchema.safeParse(label.endsWith(suffix) ? label.slice(0, -suffix.length) : label);
  if (!name.success) return null;
  return { name: name.data, host, port, fingerprint: txt.fp };
}

/**
 * The kiosk's list: each usable service once per address and port (the same receiver may answer
 * more than once), at most `maxReceiverHints`, sorted by name so the list does not jump about.
 */
export function receiverHints(services: readonly unknown[]): ReceiverHint[] {
  const byEndpoint = new Map<string, ReceiverHint>();
  for (const service of services) {
    const hint = toReceiverHint(service);
    if (!hint) continue;
    const endpoint = `${hint.host}:${hint.port}`;
    if (!byEndpoint.has(endpoint)) byEndpoint.set(endpoint, hint);
    if (byEndpoint.size === maxReceiverHints) break;
  }
  return [...byEndpoint.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.host.localeCompare(b.host) || a.port - b.port,
  );
}
