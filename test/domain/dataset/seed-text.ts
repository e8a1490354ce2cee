/**
 * Test helpers: the seed text and a normaliser for comparing dataset strings with it.
 * Comparison ignores only what the PDF extraction breaks: full-width digits (１ vs 1), spaces of either
 * width (leading 「　」, the gap a ※ marker leaves) and line breaks (a name printed over two lines).
 * Everything else — brackets, ※, full-width letters — must match exactly.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..", "..");
export const SEED_PATH = join(ROOT, "seeds", "000_57f558b662f37a9e.txt");
export const DATASET_PATH = join(ROOT, "seeds", "kpi-dataset.json");

export const seedText = readFileSync(SEED_PATH, "utf8");
/** 1-based: seedLines[1] is line 1 (index 0 is unused). */
export const seedLines = ["", ...seedText.split("\n")];

export function normalise(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, "");
}

/** The whole seed, normalised: lines joined without their breaks. */
export const normalisedSeed = normalise(seedText);

export function occursInSeed(text: string): boolean {
  return normalisedSeed.includes(normalise(text));
}

/** The given seed lines, normalised and joined in order. */
export function joinedLines(lines: readonly number[]): string {
  return lines.map((n) => normalise(seedLines[n] ?? "")).join("");
}
