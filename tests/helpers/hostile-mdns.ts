import type { Answer } from 'dns-packet';

/**
 * What a hostile or broken device on the kiosk's network might answer to a search for staff
 * receivers: every kind of malformed service, and beside them, in the same packet, one decoy that
 * is well formed. A browser that lists the decoy has read the packet, so it also read (and
 * must have dropped) everything malformed around it.
 */

const serviceType = '_kuulluksi._tcp.local';
export const decoy = { name: 'Decoy', port: 4999, fingerprint: 'ABCD-EFGH-IJKL-MNOP' };

type Service = { label: string; port?: number; txt?: string[]; address?: string | null; srv?: boolean };

function records(index: number, service: Service, ownAddress: string): Answer[] {
  const fqdn = `${service.label}.${serviceType}`;
  const host = `hostile-${index}.local`;
  const answers: Answer[] = [{ type: 'PTR', name: serviceType, ttl: 120, data: fqdn }];
  if (service.srv !== false) {
    answers.push({ type: 'SRV', name: fqdn, ttl: 120, data: { port: service.port ?? 4781, target: host } });
  }
  if (service.txt) answers.push({ type: 'TXT', name: fqdn, ttl: 120, data: service.txt });
  const address = service.address === undefined ? ownAddress : service.address;
  if (address !== null) answers.push({ type: 'A', name: host, ttl: 120, data: address });
  return answers;
}

const good = ['v=1', `fp=${decoy.fingerprint}`];

export function hostileAnswers(ownAddress: string): Answer[] {
  const services: Service[] = [
    { label: `${decoy.name} (ABCD)`, port: decoy.port, txt: good },
    { label: 'Newer protocol (ABCD)', txt: ['v=2', `fp=${decoy.fingerprint}`] },
    { label: 'No version (ABCD)', txt: [`fp=${decoy.fingerprint}`] },
    { label: 'Lowercase fingerprint (abcd)', txt: ['v=1', 'fp=abcd-efgh-ijkl-mnop'] },
    { label: 'Short fingerprint (ABCD)', txt: ['v=1', 'fp=ABCD-EFGH'] },
    { label: 'No TXT (ABCD)' },
    { label: 'Prototype keys (ABCD)', txt: ['__proto__=x', 'constructor=y', `fp=${decoy.fingerprint}`] },
    { label: 'Port zero (ABCD)', port: 0, txt: good },
    { label: 'Loopback (ABCD)', txt: good, address: '127.0.0.1' },
    { label: 'Unspecified (ABCD)', txt: good, address: '0.0.0.0' },
    { label: 'Multicast (ABCD)', txt: good, address: '224.0.0.251' },
    { label: 'Broadcast (ABCD)', txt: good, address: '255.255.255.255' },
    { label: 'No address (ABCD)', txt: good, address: null },
    { label: 'No SRV (ABCD)', txt: good, srv: false },
    { label: 'Bell\u0007 (ABCD)', txt: good },
    { label: 'Reversed\u202e (ABCD)', txt: good },
    { label: ' (ABCD)', txt: good },
  ];
  return services.flatMap((service, index) => records(index, service, ownAddress));
}

/** Datagrams to port 5353 that are no DNS message at all, or claim records they do not hold. */
export function undecodableDatagrams(): Buffer[] {
  const claimsHundredAnswers = Buffer.from([0, 0, 0x84, 0, 0, 0, 0, 100, 0, 0, 0, 0]);
  const nameRunsOff = Buffer.concat([claimsHundredAnswers, Buffer.from([63, 0x41, 0x42])]);
  const pointerLoop = Buffer.concat([claimsHundredAnswers, Buffer.from([0xc0, 12])]);
  return [Buffer.from('not dns at all'), claimsHundredAnswers, nameRunsOff, pointerLoop];
}
