/**
 * A PNG encoder in plain TypeScript (no zlib, no canvas), so the report's charts are made the same way in Node (the
 * CLI) and in the browser (the pane). Indexed colour (8-bit RGB past 256 colours), no interlace, filter 0 on every
 * scanline, and the zlib stream made of stored (uncompressed) deflate blocks: larger files than a compressor would
 * give, but the charts are small and few-coloured. CRC32 per chunk and Adler32 over the raw data, as the format asks.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Largest payload of one stored deflate block (LEN is 16 bits). */
const STORED_MAX = 0xffff;

let crcTable: Uint32Array | null = null;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  crcTable = t;
  return t;
}

/** CRC-32 (ISO 3309, as PNG and zip use it). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const t = table();
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (t[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Adler-32 (RFC 1950), the zlib stream's checksum. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the most that can be summed before the 32-bit sums must be reduced (zlib's NMAX).
  for (let i = 0; i < bytes.length;) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream (RFC 1950) of stored deflate blocks (RFC 1951 §3.2.4) holding `raw`. */
export function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / STORED_MAX));
  const out = new Uint8Array(2 + blocks * 5 + raw.length + 4);
  let o = 0;
  out[o++] = 0x78; // CMF: deflate, 32 KiB window
  out[o++] = 0x01; // FLG: no dictionary, fastest; (0x78 << 8 | 0x01) % 31 === 0
  for (let b = 0; b < blocks; b++) {
    const start = b * STORED_MAX;
    const len = Math.min(STORED_MAX, raw.length - start);
    out[o++] = b === blocks - 1 ? 1 : 0; // BFINAL, BTYPE 00
    out[o++] = len & 0xff;
    out[o++] = len >>> 8;
    out[o++] = ~len & 0xff;
    out[o++] = (~len >>> 8) & 0xff;
    out.set(raw.subarray(start, start + len), o);
    o += len;
  }
  const adler = adler32(raw);
  out[o++] = adler >>> 24;
  out[o++] = (adler >>> 16) & 0xff;
  out[o++] = (adler >>> 8) & 0xff;
  out[o] = adler & 0xff;
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/**
 * The image's scanlines (filter byte 0 before each) and, when it has at most 256 colours, its palette: charts have
 * a dozen colours, so an indexed image (4 bits a pixel up to 16 colours, else 8) is a sixth or a third of the RGB
 * one, which matters with stored (uncompressed) blocks.
 */
function scanlines(
  width: number,
  height: number,
  rgb: Uint8Array,
): { raw: Uint8Array; palette: number[] | null; depth: number } {
  const index = new Map<number, number>();
  const indices = new Uint8Array(width * height);
  for (let p = 0; p < width * height && index.size <= 256; p++) {
    const key = ((rgb[p * 3] as number) << 16) | ((rgb[p * 3 + 1] as number) << 8) | (rgb[p * 3 + 2] as number);
    let i = index.get(key);
    if (i === undefined) {
      i = index.size;
      index.set(key, i);
    }
    indices[p] = i;
  }
  if (index.size > 256) {
    const stride = width * 3;
    const raw = new Uint8Array(height * (stride + 1));
    for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    return { raw, palette: null, depth: 8 };
  }
  const depth = index.size <= 16 ? 4 : 8;
  const stride = depth === 4 ? Math.ceil(width / 2) : width;
  const raw = new Uint8Array(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1) + 1;
    for (let x = 0; x < width; x++) {
      const i = indices[y * width + x] as number;
      if (depth === 8) raw[row + x] = i;
      else raw[row + (x >> 1)] = (raw[row + (x >> 1)] as number) | (x % 2 === 0 ? i << 4 : i);
    }
  }
  return { raw, palette: [...index.keys()], depth };
}

/** PNG bytes of an RGB image: `rgb` holds width × height × 3 bytes, row by row from the top. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`a PNG needs a positive whole size, got ${width}×${height}`);
  }
  if (rgb.length !== width * height * 3) throw new Error(`expected ${width * height * 3} RGB bytes, got ${rgb.length}`);
  const { raw, palette, depth } = scanlines(width, height, rgb);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr[8] = depth;
  ihdr[9] = palette ? 3 : 2; // colour type: indexed, or RGB
  // compression 0, filter 0, interlace 0 stay zero
  const plte = palette
    ? [chunk("PLTE", new Uint8Array(palette.flatMap((c) => [c >>> 16, (c >>> 8) & 0xff, c & 0xff])))]
    : [];
  const parts = [
    new Uint8Array(SIGNATURE),
    chunk("IHDR", ihdr),
    ...plte,
    chunk("IDAT", zlibStored(raw)),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
