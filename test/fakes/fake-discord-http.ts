import type { IncomingMessage } from 'node:http';
import type { Json } from './fake-discord-model.ts';
import type { UploadedFile } from './fake-discord-messages.ts';
import { isObj } from './fake-discord-validate.ts';

/** What a route handler answers. `body: null` is 204 No Content. */
export interface Reply {
  status: number;
  body: Json | unknown[] | null;
  headers?: Record<string, string>;
}

export const ok = (body: Json | unknown[], status = 200): Reply => ({ status, body });
export const noContent = (): Reply => ({ status: 204, body: null });

/** Discord's JSON error: `{ message, code }` (and `errors` for 50035). */
export class DiscordError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Json,
  ) {
    super(message);
  }
  reply(): Reply {
    return { status: this.status, body: { message: this.message, code: this.code, ...(this.errors ? { errors: this.errors } : {}) } };
  }
}

export const fail = (status: number, code: number, message: string, errors?: Json): never => {
  throw new DiscordError(status, code, message, errors);
};

/** A request's body: JSON, or multipart's `payload_json` plus its files. */
export interface ParsedBody {
  json: Json | unknown[] | null;
  files: UploadedFile[];
  bytes: number;
}

export async function readRaw(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > maxBytes) tooLarge = true;
    else chunks.push(b);
  }
  return tooLarge ? null : Buffer.concat(chunks);
}

export async function parseBody(raw: Buffer, contentType: string): Promise<ParsedBody> {
  if (raw.length === 0) return { json: null, files: [], bytes: 0 };
  if (contentType.startsWith('multipart/form-data')) {
    // undici's own multipart parser: binary-safe, gives File objects.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: UploadedFile[] = [];
    let json: Json | unknown[] | null = null;
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') {
        if (key === 'payload_json') json = JSON.parse(value) as Json;
        continue;
      }
      files.push({ key, filename: value.name, contentType: value.type || 'application/octet-stream', data: Buffer.from(await value.arrayBuffer()) });
    }
    return { json, files, bytes: raw.length };
  }
  if (contentType.includes('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      return fail(400, 50109, 'The request body contains invalid JSON.');
    }
    if (!isObj(parsed) && !Array.isArray(parsed)) return fail(400, 50035, 'Invalid Form Body');
    return { json: parsed, files: [], bytes: raw.length };
  }
  return fail(400, 50035, 'Invalid Form Body');
}

/** A route: method, path pattern with named groups, the template recorded in the request log. */
export interface RouteMatch {
  template: string;
  params: Record<string, string>;
}

export function compile(template: string): RegExp {
  const source = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_m, name: string) => `(?<${name}>[^/]+)`);
  return new RegExp(`^${source}$`);
}
