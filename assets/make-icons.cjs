#!/usr/bin/env node
/**
 * Draws the add-in's icons (a rising bar chart with a check mark in Isesaki green) and writes them as PNG at
 * 16, 32, 64 and 80 px. No image library: shapes are tested per sub-pixel (4×4 supersampling for smooth edges)
 * and the PNG is encoded here with node's zlib. Run: node assets/make-icons.cjs
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const GREEN = [0x1b, 0x7f, 0x3b]; // the city's green, dark enough for contrast on white ribbons
const LIGHT = [0x8c, 0xc6, 0x3f];
const SIZES = [16, 32, 64, 80];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (Uint8Array, width*height*4) → PNG bytes (colour type 6, 8 bits, filter 0 on every row). */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment a–b (unit coordinates). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The mark in unit coordinates (0..1, y down): returns an RGB colour or null (transparent). */
function shade(x, y) {
  // check mark (drawn over the bars, with a white halo so it reads at 16 px)
  const check = Math.min(segmentDistance(x, y, 0.5, 0.34, 0.64, 0.48), segmentDistance(x, y, 0.64, 0.48, 0.94, 0.12));
  if (check < 0.065) return GREEN;
  if (check < 0.125) return [255, 255, 255];
  // three rising bars on a baseline
  const bars = [
    [0.08, 0.3, 0.6],
    [0.38, 0.6, 0.42],
    [0.68, 0.9, 0.24],
  ];
  for (const [left, right, top] of bars) {
    if (x >= left && x < right && y >= top && y < 0.86) return x < 0.35 ? LIGHT : GREEN;
  }
  if (y >= 0.86 && y < 0.94 && x >= 0.04 && x < 0.96) return GREEN;
  return null;
}

function render(size) {
  const rgba = new Uint8Array(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return encodePng(size, size, rgba);
}

if (require.main === module) {
  for (const size of SIZES) {
    const file = path.join(__dirname, `icon-${size}.png`);
    fs.writeFileSync(file, render(size));
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

module.exports = { encodePng, crc32, render, SIZES };
