import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';

/** A DNS server on loopback UDP: answers A queries from `hosts`, or, when deaf, never answers. */
export interface FakeDns {
  /** For Resolver.setServers: "127.0.0.1:PORT". */
  server: string;
  /** Every name asked, in order. */
  queries: { name: string; type: number }[];
  close(): Promise<void>;
}

function questionName(msg: Buffer): { name: string; end: number } {
  const labels: string[] = [];
  let at = 12;
  for (let len = msg[at] ?? 0; len > 0; len = msg[at] ?? 0) {
    labels.push(msg.subarray(at + 1, at + 1 + len).toString('ascii'));
    at += 1 + len;
  }
  return { name: labels.join('.'), end: at + 1 };
}

/** The answer to one query: A records for known names, an empty NOERROR otherwise (no AAAA here). */
function reply(msg: Buffer, hosts: Record<string, string>): Buffer {
  const { name, end } = questionName(msg);
  const type = msg.readUInt16BE(end);
  const question = msg.subarray(12, end + 4);
  const address = type === 1 ? hosts[name.toLowerCase()] : undefined;
  const known = Object.hasOwn(hosts, name.toLowerCase());
  const header = Buffer.alloc(12);
  header.writeUInt16BE(msg.readUInt16BE(0), 0); // same id
  header.writeUInt16BE(known ? 0x8180 : 0x8183, 2); // a response; NXDOMAIN for unknown names
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(address ? 1 : 0, 6);
  if (!address) return Buffer.concat([header, question]);
  const answer = Buffer.alloc(16);
  answer.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
  answer.writeUInt16BE(1, 2); // A
  answer.writeUInt16BE(1, 4); // IN
  answer.writeUInt32BE(60, 6); // TTL
  answer.writeUInt16BE(4, 10);
  address.split('.').forEach((octet, i) => answer.writeUInt8(Number(octet), 12 + i));
  return Buffer.concat([header, question, answer]);
}

export async function startFakeDns(opts: { hosts?: Record<string, string>; deaf?: boolean; onQuery?: (name: string) => void } = {}): Promise<FakeDns> {
  const socket = createSocket('udp4');
  const queries: FakeDns['queries'] = [];
  socket.on('message', (msg, from) => {
    const { name, end } = questionName(msg);
    queries.push({ name, type: msg.readUInt16BE(end) });
    opts.onQuery?.(name);
    if (!opts.deaf) socket.send(reply(msg, opts.hosts ?? {}), from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port }: AddressInfo = socket.address();
  return { server: `127.0.0.1:${port}`, queries, close: () => new Promise<void>((resolve) => socket.close(() => resolve())) };
}
