import { lookup as systemLookup, Resolver, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';

/** A DNS lookup for sockets (net.connect's `lookup`) that is bounded in time and can be cancelled. */
export interface CancellableLookup {
  lookup: LookupFunction;
  /** Ends every lookup under way (they fail with ECANCELLED) and refuses new ones. */
  cancel: () => void;
}

export interface LookupOptions {
  /** Per query and server (c-ares' timeout); default 3 s. */
  timeoutMs?: number;
  /** Attempts per server; default 2. */
  tries?: number;
  /** DNS servers ("127.0.0.1:5353"); default: the system's (/etc/resolv.conf). */
  servers?: string[];
}

function cancelledError(hostname: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`lookup of ${hostname} cancelled`), { code: 'ECANCELLED', hostname });
}

/**
 * Why not the system's getaddrinfo (Node's default): it runs in libuv's thread pool, cannot be
 * cancelled, and with an unresponsive DNS server (a firewall dropping port 53) it takes 10–30 s —
 * long after the fetch that wanted it timed out or the bot stopped, holding the process open all
 * that time. c-ares (node:dns Resolver) queries the same servers from the event loop, with our time
 * bound, and `cancel()` ends its queries at once.
 *
 * Names DNS does not know (NXDOMAIN, no DNS server at all) still go to the system resolver, so
 * /etc/hosts and "localhost" keep working; a name DNS does answer is taken from DNS.
 */
export function createCancellableLookup(opts: LookupOptions = {}): CancellableLookup {
  const resolver = new Resolver({ timeout: opts.timeoutMs ?? 3000, tries: opts.tries ?? 2 });
  if (opts.servers) resolver.setServers(opts.servers);
  let cancelled = false;

  const query = (hostname: string, family: 4 | 6) =>
    new Promise<LookupAddress[]>((resolve, reject) => {
      const done = (err: NodeJS.ErrnoException | null, addresses: string[]) => (err ? reject(err) : resolve(addresses.map((address) => ({ address, family }))));
      if (family === 4) resolver.resolve4(hostname, done);
      else resolver.resolve6(hostname, done);
    });

  const lookup: LookupFunction = (hostname, options, callback) => {
    const answer = (addresses: LookupAddress[]) => {
      const first = addresses[0];
      if (options.all) callback(null, addresses);
      else if (first) callback(null, first.address, first.family);
    };
    if (cancelled) return callback(cancelledError(hostname), '');
    const literal = isIP(hostname);
    if (literal) return answer([{ address: hostname, family: literal }]);
    if (hostname === 'localhost' || hostname.endsWith('.localhost')) return systemLookup(hostname, options, callback);
    const families: (4 | 6)[] = options.family === 4 ? [4] : options.family === 6 ? [6] : [4, 6];
    void Promise.allSettled(families.map((f) => query(hostname, f))).then((results) => {
      const addresses = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
      if (addresses.length > 0) return answer(addresses);
      const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as NodeJS.ErrnoException] : []));
      const stuck = errors.find((e) => e.code === 'ETIMEOUT' || e.code === 'ECANCELLED');
      if (cancelled || stuck) return callback(cancelled ? cancelledError(hostname) : (stuck ?? cancelledError(hostname)), '');
      systemLookup(hostname, options, callback);
    });
  };

  return {
    lookup,
    cancel: () => {
      cancelled = true;
      resolver.cancel();
    },
  };
}
