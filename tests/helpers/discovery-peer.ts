/**
 * One side of an mDNS discovery test, run inside a network namespace (tests/helpers/netns.ts),
 * never on the machine's real interfaces. Prints one line per event for the test to wait on:
 *
 *   advertise JSON   `advertised`, then `stopped` once stdin says `stop`; `refused CODE …` on error
 *   browse JSON      `receivers JSON` after each browse, up to 40 times; `refused CODE …` on error
 *   watch ADDRESS    `ready`, then `response JSON` for every mDNS response heard on that interface
 *   hold-port        `holding` once it has UDP port 5353 to itself, as a program that will not share it
 *   hostile ADDRESS  answers `_kuulluksi._tcp` with malformed services and one well-formed decoy,
 *                    with undecodable datagrams between, 10 times a second; `sent N` as it goes
 *
 * Each stops by itself: when stdin closes (the test ended) or after its bounded count.
 */
import { createSocket } from 'node:dgram';
import { createInterface } from 'node:readline';
import makeMdns from 'multicast-dns';
import { AppError } from '../../electron/core/errors.ts';
import { advertiseReceiver, browseReceivers } from '../../electron/core/lan/discovery.ts';
import { hostileAnswers, undecodableDatagrams } from './hostile-mdns.ts';

const [command = '', argument = ''] = process.argv.slice(2);
const print = (line: string) => process.stdout.write(`${line}\n`);
const stdin = createInterface({ input: process.stdin });
stdin.on('close', () => process.exit(0));

function refused(error: unknown): never {
  if (!(error instanceof AppError)) throw error;
  print(`refused ${error.code} ${error.message}`);
  process.exit(0);
}

const serviceType = '_kuulluksi._tcp.local';

/** The multicast-dns layer on one interface, bound as discovery.ts binds it. */
function mdnsOn(address: string) {
  const mdns = makeMdns({ interface: address, bind: '0.0.0.0' });
  mdns.on('warning', () => {});
  return mdns;
}

switch (command) {
  case 'advertise': {
    const advertisement = await advertiseReceiver(JSON.parse(argument)).catch(refused);
    print('advertised');
    stdin.on('line', async (line) => {
      if (line !== 'stop') return;
      await advertisement.stop();
      print('stopped');
    });
    break;
  }
  case 'browse': {
    for (let round = 0; round < 40; round++) {
      const found = await browseReceivers(JSON.parse(argument)).catch(refused);
      print(`receivers ${JSON.stringify(found)}`);
    }
    process.exit(0);
  }
  case 'watch': {
    const mdns = mdnsOn(argument);
    mdns.on('response', (packet) => {
      const records = [...(packet.answers ?? []), ...(packet.additionals ?? [])].map((record) => ({
        type: record.type,
        name: record.name,
        ttl: 'ttl' in record ? record.ttl : undefined,
        data:
          'data' in record ? (record.type === 'TXT' ? [record.data].flat().map(String) : record.data) : null,
      }));
      print(`response ${JSON.stringify(records)}`);
    });
    mdns.on('ready', () => {
      mdns.query(serviceType, 'PTR');
      print('ready');
    });
    break;
  }
  case 'hold-port': {
    const socket = createSocket({ type: 'udp4', reuseAddr: false });
    socket.bind(5353, '0.0.0.0', () => print('holding'));
    break;
  }
  case 'hostile': {
    const mdns = mdnsOn(argument);
    const raw = createSocket('udp4');
    raw.bind(0, argument, () => raw.setMulticastInterface(argument));
    let sent = 0;
    setInterval(() => {
      mdns.respond({ answers: hostileAnswers(argument) });
      for (const datagram of undecodableDatagrams()) raw.send(datagram, 5353, '224.0.0.251');
      sent += 1;
      if (sent % 10 === 1) print(`sent ${sent}`);
      if (sent === 600) process.exit(0);
    }, 100);
    break;
  }
  default:
    throw new Error(`unknown command ${command}`);
}
