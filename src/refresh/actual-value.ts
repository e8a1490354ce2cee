/**
 * What a person typed in a year (number) column. Numbers are numbers; text is accepted only where its number is
 * certain (full-width digits, thousands separators, surrounding spaces, a trailing unit such as 「%」「人」 that is the
 * indicator's own unit). Anything else is damage the refresh reports by cell instead of guessing.
 */
import type { Scalar } from "../lib/scalar";

export type ActualReading =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number; readonly recovered: boolean }
  | { readonly kind: "text"; readonly text: string };

const NUMBER = /^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

export function readActual(value: Scalar, unit: string | null): ActualReading {
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value, recovered: false } : { kind: "text", text: String(value) };
  }
  if (typeof value === "boolean") return { kind: "text", text: String(value) };
  const raw = value.normalize("NFKC").trim();
  if (raw === "") return { kind: "empty" };
  let body = raw;
  const u = unit?.normalize("NFKC").trim();
  if (u && body.endsWith(u)) body = body.slice(0, -u.length).trim();
  if (!NUMBER.test(body)) return { kind: "text", text: value };
  const n = Number(body.replace(/,/g, "").replace("−", "-"));
  return Number.isFinite(n) ? { kind: "number", value: n, recovered: true } : { kind: "text", text: value };
}
