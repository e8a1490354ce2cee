/**
 * Small raster charts for the 効果検証報告書 (issue #12 §6), in plain TypeScript so the pane and the CLI make the same
 * PNG (png-encode.ts): a pixel buffer with bars, lines, a dashed straight path and markers. The charts carry no text:
 * glyphs would need a font in the pixels, so the report writes the labels as text next to each image instead (the
 * reader can search, copy and translate them, and a screen reader reads them).
 */
import { encodePng } from "./png-encode";

/** "#RRGGBB". */
export type Colour = string;

function rgbOf(colour: Colour): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) throw new Error(`not a colour like #1F4E79: ${colour}`);
  return [parseInt(m[1] as string, 16), parseInt(m[2] as string, 16), parseInt(m[3] as string, 16)];
}

/** An RGB pixel buffer, white to start with; drawing clips at the edges. */
export class Raster {
  readonly data: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8Array(width * height * 3).fill(255);
  }

  pixel(x: number, y: number): [number, number, number] {
    const i = (y * this.width + x) * 3;
    return [this.data[i] as number, this.data[i + 1] as number, this.data[i + 2] as number];
  }

  set(x: number, y: number, colour: Colour): void {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px < 0 || py < 0 || px >= this.width || py >= this.height) return;
    const [r, g, b] = rgbOf(colour);
    const i = (py * this.width + px) * 3;
    this.data[i] = r;
    this.data[i + 1] = g;
    this.data[i + 2] = b;
  }

  /** Fills the pixels x0 ≤ x < x1, y0 ≤ y < y1 (corners in any order). */
  fillRect(x0: number, y0: number, x1: number, y1: number, colour: Colour): void {
    const left = Math.max(0, Math.round(Math.min(x0, x1)));
    const right = Math.min(this.width, Math.round(Math.max(x0, x1)));
    const top = Math.max(0, Math.round(Math.min(y0, y1)));
    const bottom = Math.min(this.height, Math.round(Math.max(y0, y1)));
    const [r, g, b] = rgbOf(colour);
    for (let y = top; y < bottom; y++) {
      for (let x = left; x < right; x++) {
        const i = (y * this.width + x) * 3;
        this.data[i] = r;
        this.data[i + 1] = g;
        this.data[i + 2] = b;
      }
    }
  }

  /** A straight line `thickness` pixels wide; `dash` [on, off] in pixels along the line makes it dashed. */
  line(
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    colour: Colour,
    thickness = 1,
    dash: readonly [number, number] | null = null,
  ): void {
    const length = Math.hypot(x1 - x0, y1 - y0);
    const steps = Math.max(1, Math.ceil(length * 2));
    const half = (thickness - 1) / 2;
    for (let s = 0; s <= steps; s++) {
      const along = (s / steps) * length;
      if (dash && along % (dash[0] + dash[1]) >= dash[0]) continue;
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      this.fillRect(x - half, y - half, x + half + 1, y + half + 1, colour);
    }
  }

  /** A filled square (or, with `ring`, a square outline) centred on x, y. */
  marker(x: number, y: number, size: number, colour: Colour, ring = false): void {
    const h = size / 2;
    if (!ring) {
      this.fillRect(x - h, y - h, x + h, y + h, colour);
      return;
    }
    this.fillRect(x - h, y - h, x + h, y - h + 2, colour);
    this.fillRect(x - h, y + h - 2, x + h, y + h, colour);
    this.fillRect(x - h, y - h, x - h + 2, y + h, colour);
    this.fillRect(x + h - 2, y - h, x + h, y + h, colour);
  }

  png(): Uint8Array<ArrayBuffer> {
    return encodePng(this.width, this.height, this.data);
  }
}

const AXIS = "#595959";
const GRID = "#E0E0E0";

/** One horizontal bar split into segments (counts), each in its colour. */
export interface StackedBar {
  readonly segments: readonly { readonly value: number; readonly colour: Colour }[];
}

/**
 * Horizontal stacked bars, one per row, scaled to the largest total (the report's grade counts: 評価（算定） and
 * 委員会評価, one segment per grade). Vertical grid lines every `gridStep` units.
 */
export function stackedBarChart(
  bars: readonly StackedBar[],
  options: { readonly width?: number; readonly barHeight?: number; readonly gridStep?: number } = {},
): Raster {
  const width = options.width ?? 480;
  const barHeight = options.barHeight ?? 28;
  const pad = 8;
  const height = pad * 2 + bars.length * barHeight + (bars.length - 1) * 12;
  const raster = new Raster(width, height);
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)));
  const left = pad;
  const span = width - 2 * pad;
  const step = options.gridStep ?? 1;
  for (let v = 0; v <= max; v += step) {
    const x = left + (span * v) / max;
    raster.line(x, pad, x, height - pad, GRID);
  }
  bars.forEach((bar, i) => {
    const top = pad + i * (barHeight + 12);
    let at = 0;
    for (const s of bar.segments) {
      if (s.value <= 0) continue;
      raster.fillRect(left + (span * at) / max, top, left + (span * (at + s.value)) / max, top + barHeight, s.colour);
      at += s.value;
    }
  });
  raster.line(left, pad, left, height - pad, AXIS, 2);
  return raster;
}

/** What the indicator chart shows: actuals by year, and the straight path from the 判定基準 to the target. */
export interface TrendChartSpec {
  /** Years along the x axis, ascending (the plan's years, through the target year). */
  readonly years: readonly number[];
  readonly actuals: readonly { readonly year: number; readonly value: number }[];
  /** The straight path's two ends; null when the indicator has none (maintain targets, no 判定基準値). */
  readonly path: {
    readonly from: { year: number; value: number };
    readonly to: { year: number; value: number };
  } | null;
  /** The target in force, drawn as a ring at its year; null without a target. */
  readonly target: { readonly year: number; readonly value: number } | null;
  /** The 評価年度: a light band behind its column. */
  readonly evaluationYear: number;
  /** The y axis' range (the caption states it). */
  readonly yRange: { readonly min: number; readonly max: number };
}

export const TREND_COLOURS = { actual: "#1F4E79", path: "#C00000", target: "#C00000", band: "#FFF2CC" } as const;

/** A y range that holds every value, with a little room, from 0 when every value is positive and near 0. */
export function trendRange(values: readonly number[]): { min: number; max: number } {
  if (values.length === 0) return { min: 0, max: 1 };
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min >= 0 && min <= max * 0.5) min = 0;
  if (max === min) {
    max += Math.abs(max) * 0.1 || 1;
    min -= Math.abs(min) * 0.1 || 0;
  }
  const room = (max - min) * 0.08;
  return { min: min === 0 ? 0 : min - room, max: max + room };
}

/** Actuals as a line with square markers, the straight path dashed, the target a ring; gridlines at quarters. */
export function trendChart(spec: TrendChartSpec, size = { width: 420, height: 180 }): Raster {
  const { width, height } = size;
  const raster = new Raster(width, height);
  const pad = { left: 10, right: 12, top: 10, bottom: 10 };
  const first = spec.years[0] ?? spec.evaluationYear;
  const last = spec.years[spec.years.length - 1] ?? spec.evaluationYear;
  const slots = Math.max(1, last - first + 1);
  const slot = (width - pad.left - pad.right) / slots;
  const xOf = (year: number): number => pad.left + slot * (year - first + 0.5);
  const { min, max } = spec.yRange;
  const plotH = height - pad.top - pad.bottom;
  const yOf = (v: number): number => pad.top + plotH * (1 - (v - min) / (max - min || 1));
  raster.fillRect(
    xOf(spec.evaluationYear) - slot / 2,
    pad.top,
    xOf(spec.evaluationYear) + slot / 2,
    height - pad.bottom,
    TREND_COLOURS.band,
  );
  for (let q = 0; q <= 4; q++) {
    const y = pad.top + (plotH * q) / 4;
    raster.line(pad.left, y, width - pad.right, y, GRID);
  }
  for (const year of spec.years) raster.line(xOf(year), height - pad.bottom, xOf(year), height - pad.bottom + 4, AXIS);
  raster.line(pad.left, height - pad.bottom, width - pad.right, height - pad.bottom, AXIS, 2);
  raster.line(pad.left, pad.top, pad.left, height - pad.bottom, AXIS, 2);
  if (spec.path) {
    const { from, to } = spec.path;
    raster.line(xOf(from.year), yOf(from.value), xOf(to.year), yOf(to.value), TREND_COLOURS.path, 2, [8, 6]);
  }
  if (spec.target) raster.marker(xOf(spec.target.year), yOf(spec.target.value), 12, TREND_COLOURS.target, true);
  const points = [...spec.actuals].sort((a, b) => a.year - b.year);
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev) raster.line(xOf(prev.year), yOf(prev.value), xOf(p.year), yOf(p.value), TREND_COLOURS.actual, 2);
  });
  for (const p of points) raster.marker(xOf(p.year), yOf(p.value), 8, TREND_COLOURS.actual);
  return raster;
}
