import { inflateSync } from 'node:zlib';

/** A decoded PNG: size and RGBA pixels. Only what resvg writes (8-bit RGB or RGBA, no interlace). */
export interface DecodedPng {
  width: number;
  height: number;
  rgba: Uint8Array;
}

export const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Width and height from the IHDR chunk, which must come first. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  if (b.subarray(0, 8).toString('hex') !== PNG_SIGNATURE) throw new Error('not a PNG');
  if (b.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('IHDR is not the first chunk');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** A small PNG decoder for tests, so they look at the bytes a user receives. */
export function decodePng(png: Uint8Array): DecodedPng {
  const b = Buffer.from(png);
  const { width, height } = pngSize(png);
  const bitDepth = b[24];
  const colourType = b[25];
  if (bitDepth !== 8 || (colourType !== 6 && colourType !== 2)) throw new Error(`unsupported PNG: depth ${bitDepth}, colour type ${colourType}`);
  const bpp = colourType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < b.length;) {
    const length = b.readUInt32BE(at);
    const type = b.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp]! : 0;
      const up = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      const x = line[i]!;
      const predicted = filter === 1 ? a : filter === 2 ? up : filter === 3 ? (a + up) >> 1 : filter === 4 ? paeth(a, up, c) : 0;
      cur[i] = (x + predicted) & 255;
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4;
      out[o] = cur[px * bpp]!;
      out[o + 1] = cur[px * bpp + 1]!;
      out[o + 2] = cur[px * bpp + 2]!;
      out[o + 3] = bpp === 4 ? cur[px * bpp + 3]! : 255;
    }
    prev = cur;
  }
  return { width, height, rgba: out };
}

/** How many pixels of the box are dark (text is near-black #212121 on white). */
export function darkPixels(img: DecodedPng, box: { x: number; y: number; w: number; h: number }): number {
  let n = 0;
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) {
      const o = (y * img.width + x) * 4;
      if (img.rgba[o]! + img.rgba[o + 1]! + img.rgba[o + 2]! < 3 * 100) n++;
    }
  }
  return n;
}

/** The RGBA bytes of a box, to compare two renders. */
export function crop(img: DecodedPng, box: { x: number; y: number; w: number; h: number }): Buffer {
  const rows: Buffer[] = [];
  for (let y = box.y; y < box.y + box.h; y++) rows.push(Buffer.from(img.rgba.subarray((y * img.width + box.x) * 4, (y * img.width + box.x + box.w) * 4)));
  return Buffer.concat(rows);
}
