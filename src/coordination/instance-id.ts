import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * The default INSTANCE_ID: host, process id and a random part, new on every start. A restart
 * then looks like a stranger to its old claims, which wait for their TTL; a stable INSTANCE_ID
 * per instance lets a restarted process take them back at once.
 */
export function randomInstanceId(): string {
  const host =
    hostname()
      .replace(/[^A-Za-z0-9.-]/g, '')
      .slice(0, 40) || 'host';
  return `${host}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/** What INSTANCE_ID may hold: it is stored with every lease and shown in logs and /healthz. */
export const INSTANCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@:-]{0,99}$/;
