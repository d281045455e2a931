import type { IncomingMessage } from 'node:http';

/** Thrown when a request's body is larger than the endpoint takes. */
export class BodyTooLargeError extends Error {}

/** A request's body as bytes, refused beyond `maxBytes` (nobody may fill the memory with one request). */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError(`request body over ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
