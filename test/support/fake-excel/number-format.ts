/**
 * Range.text in the fake: a value shown through its number format, for the formats the plan uses ("General", "@",
 * "0", "0.00", "#,##0.0", "0.0%", '#,##0.0"%"', '0"年度"', '"第"0"回"'). Only the first section of a format is
 * read, and no dates: Excel's full formatting is out of the fake's reach (README).
 */
import type { FakeScalar } from "./state";

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

export function formatText(value: FakeScalar, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!format || format === "General" || format === "@") return general(value);
  const section = format.split(";")[0] as string;
  const unquoted = section.replace(/"[^"]*"/g, "");
  const pattern = /[#0,]*0(?:\.(0+))?/.exec(unquoted);
  if (!pattern) return general(value);
  const percent = unquoted.includes("%");
  const decimals = pattern[1]?.length ?? 0;
  const scaled = percent ? value * 100 : value;
  let digits = Math.abs(scaled).toFixed(decimals);
  if (pattern[0].includes(",")) {
    const [int, frac] = digits.split(".") as [string, string?];
    digits = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac !== undefined ? `.${frac}` : "");
  }
  const number = (scaled < 0 && Number(digits.replace(/,/g, "")) !== 0 ? "-" : "") + digits;
  // The number takes the pattern's place; quoted literals and an unquoted % stay where they are.
  let out = "";
  let placed = false;
  for (const part of section.split(/("[^"]*")/)) {
    if (part.startsWith('"')) out += part.slice(1, -1);
    else if (!placed && /[#0]/.test(part)) {
      out += part
        .replace(/[#0,.]+/, "\u0000")
        .replace(/[#0,.]/g, "")
        .replace("\u0000", number);
      placed = true;
    } else out += part.replace(/[#0,.]/g, "");
  }
  return out;
}
