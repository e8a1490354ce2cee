/** The report's PNG charts, decoded with Node's zlib (an independent inflater) and checked pixel by pixel. */
import { inflateSync } from "node:zlib";
import { adler32, crc32, encodePng } from "../../../src/adapters/docx/png-encode";
import { Raster, stackedBarChart, trendChart, trendRange, TREND_COLOURS } from "../../../src/adapters/docx/png-chart";

interface Decoded {
  width: number;
  height: number;
  pixel: (x: number, y: number) => string;
  chunks: string[];
  depth: number;
  colourType: number;
}

/** Reads the chunks (checking each CRC with zlib's crc32 where Node has it), inflates IDAT, un-filters filter 0. */
function decode(png: Uint8Array): Decoded {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: string[] = [];
  let ihdr: DataView | null = null;
  let palette: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  for (let o = 8; o < png.length;) {
    const len = view.getUint32(o);
    const type = String.fromCharCode(...png.subarray(o + 4, o + 8));
    const data = png.subarray(o + 8, o + 8 + len);
    expect(view.getUint32(o + 8 + len)).toBe(crc32(png, o + 4, o + 8 + len));
    chunks.push(type);
    if (type === "IHDR") ihdr = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (type === "IDAT") idat.push(data);
    if (type === "PLTE") palette = data;
    o += 12 + len;
  }
  if (!ihdr) throw new Error("no IHDR");
  const width = ihdr.getUint32(0);
  const height = ihdr.getUint32(4);
  const depth = ihdr.getUint8(8);
  const colourType = ihdr.getUint8(9);
  expect(ihdr.getUint8(12)).toBe(0);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = colourType === 2 ? width * 3 : Math.ceil((width * depth) / 8);
  expect(raw.length).toBe(height * (stride + 1));
  const hex = (bytes: number[]): string =>
    `#${bytes.map((b) => b.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
  const pixel = (x: number, y: number): string => {
    const row = y * (stride + 1);
    expect(raw[row]).toBe(0);
    if (colourType === 2) return hex([raw[row + 1 + x * 3]!, raw[row + 2 + x * 3]!, raw[row + 3 + x * 3]!]);
    expect(colourType).toBe(3);
    const byte = raw[row + 1 + Math.floor((x * depth) / 8)]!;
    const i = depth === 8 ? byte : x % 2 === 0 ? byte >> 4 : byte & 0x0f;
    const p = palette!;
    expect(i * 3 + 2).toBeLessThan(p.length);
    return hex([p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!]);
  };
  return { width, height, pixel, chunks, depth, colourType };
}

describe("encodePng", () => {
  it("writes pixels that zlib's inflate reads back exactly", () => {
    const r = new Raster(5, 3);
    r.set(0, 0, "#FF0000");
    r.set(4, 2, "#00FF7F");
    r.fillRect(1, 1, 3, 2, "#123456");
    const d = decode(r.png());
    expect([d.width, d.height]).toEqual([5, 3]);
    expect(d.chunks).toEqual(["IHDR", "PLTE", "IDAT", "IEND"]);
    expect([d.colourType, d.depth]).toEqual([3, 4]); // four colours: indexed, 4 bits a pixel
    expect(d.pixel(0, 0)).toBe("#FF0000");
    expect(d.pixel(4, 2)).toBe("#00FF7F");
    expect([d.pixel(1, 1), d.pixel(2, 1)]).toEqual(["#123456", "#123456"]);
    expect([d.pixel(3, 1), d.pixel(1, 0), d.pixel(1, 2)]).toEqual(["#FFFFFF", "#FFFFFF", "#FFFFFF"]);
  });

  it("writes RGB past 256 colours, split into stored blocks of at most 65,535 bytes, still one valid stream", () => {
    const width = 200;
    const height = 150; // 150 × 601 = 90,150 bytes of scanlines: two stored blocks
    const rgb = new Uint8Array(width * height * 3);
    for (let i = 0, seed = 1; i < rgb.length; i++) rgb[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const d = decode(encodePng(width, height, rgb));
    expect(d.colourType).toBe(2);
    const at = (x: number, y: number): string => {
      const i = (y * width + x) * 3;
      return `#${[rgb[i]!, rgb[i + 1]!, rgb[i + 2]!].map((b) => b.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
    };
    for (const [x, y] of [
      [0, 0],
      [199, 149],
      [57, 110],
      [123, 109],
    ] as const)
      expect(d.pixel(x, y)).toBe(at(x, y));
  });

  it("writes 17–256 colours as 8-bit indices (here 80,250 bytes of scanlines: two blocks)", () => {
    const r = new Raster(320, 250);
    for (let x = 0; x < 320; x++) r.fillRect(x, 0, x + 1, 250, `#${(x % 200).toString(16).padStart(2, "0")}8040`);
    const d = decode(r.png());
    expect([d.colourType, d.depth]).toEqual([3, 8]);
    expect(d.pixel(0, 0)).toBe("#008040");
    expect(d.pixel(319, 249)).toBe(`#${(319 % 200).toString(16).toUpperCase()}8040`);
    expect(d.pixel(150, 100)).toBe("#968040");
  });

  it("has the checksums of the standard check values", () => {
    const bytes = new TextEncoder().encode("123456789");
    expect(crc32(bytes)).toBe(0xcbf43926);
    expect(adler32(new TextEncoder().encode("Wikipedia"))).toBe(0x11e60398);
  });

  it("refuses a size that does not match its bytes", () => {
    expect(() => encodePng(2, 2, new Uint8Array(11))).toThrow(/12 RGB bytes/);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/positive/);
  });
});

describe("charts", () => {
  it("stacks each bar's segments left to right in proportion, scaled to the largest total", () => {
    const r = stackedBarChart(
      [
        {
          segments: [
            { value: 2, colour: "#70AD47" },
            { value: 2, colour: "#C00000" },
          ],
        },
        { segments: [{ value: 2, colour: "#4472C4" }] },
      ],
      { width: 416, barHeight: 20 },
    );
    const d = decode(r.png());
    // plot from x 8 to 408: 100 px per unit; first bar rows 8–27, second 40–59
    expect(d.pixel(60, 18)).toBe("#70AD47");
    expect(d.pixel(260, 18)).toBe("#C00000");
    expect(d.pixel(150, 50)).toBe("#4472C4");
    expect(d.pixel(300, 50)).not.toBe("#4472C4");
  });

  it("draws the actuals' markers, a dashed path with gaps and the target's ring where the values put them", () => {
    const spec = {
      years: [2019, 2020, 2021, 2022, 2023],
      actuals: [
        { year: 2019, value: 0 },
        { year: 2021, value: 30 },
      ],
      path: { from: { year: 2019, value: 0 }, to: { year: 2023, value: 100 } },
      target: { year: 2023, value: 100 },
      evaluationYear: 2021,
      yRange: { min: 0, max: 100 },
    };
    const d = decode(trendChart(spec, { width: 522, height: 220 }).png());
    // slots of 100 px from x 10: year 2021 at x 260; plot from y 10 to 210: value 30 at y 150
    expect(d.pixel(260, 150)).toBe(TREND_COLOURS.actual);
    expect(d.pixel(260, 20)).toBe(TREND_COLOURS.band); // the 評価年度's band behind the plot
    const pathPixels = Array.from({ length: 100 }, (_, i) => 100 + i).map((x) => {
      const y = Math.round(210 - ((x - 60) / 400) * 200);
      return [d.pixel(x, y), d.pixel(x, y - 1), d.pixel(x, y + 1)].includes(TREND_COLOURS.path);
    });
    expect(pathPixels.filter(Boolean).length).toBeGreaterThan(30); // dashes
    expect(pathPixels.filter((p) => !p).length).toBeGreaterThan(10); // and gaps
    expect(d.pixel(460 - 5, 10)).toBe(TREND_COLOURS.target); // the ring's edge at (2023, 100)
  });

  it("keeps every value inside the y range it chooses", () => {
    for (const values of [
      [5, 7, 9],
      [-3, 4],
      [120, 121],
      [0, 0],
      [-5, -2],
    ]) {
      const { min, max } = trendRange(values);
      for (const v of values) expect(v >= min && v <= max).toBe(true);
      expect(max).toBeGreaterThan(min);
    }
  });
});
