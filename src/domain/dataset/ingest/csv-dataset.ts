/**
 * The dataset's CSV layout: one record per indicator, the indicator's fields flattened to dotted column names
 * (「target.value」「baseline.period.year」), one 「actual.YYYY」 column per year with an actual. Plan, goals and
 * 施策 are not in a CSV: they come from the base dataset (the bundled one), and so does the version.
 *
 * 担当課 is the optional column 「department」 (or headed 「担当課」); empty = none. Target revisions have no columns: like
 * the plan, they come from the base dataset (and must name indicators the CSV keeps).
 *
 * Cells: numbers in plain notation (1563, 94.6, -2); empty = null / absent; booleans TRUE/FALSE; 「notes」 one note per
 * line inside the cell; 「sourceLines」 numbers separated by 「;」. A cell starting with 「=」 is refused (a formula
 * such as =HYPERLINK(...) is not data, and Excel would run it if the file were opened): the problem names the cell.
 * Cells starting with + - @ are kept literally (text columns are written as text, never as formulas).
 *
 * Every problem names its line and column; validateDataset checks the result like any dataset.
 */
import type { Dataset, Indicator } from "../schema";
import type { Problem } from "../problems";
import { validateDataset } from "../validate";
import { type CsvCell, type CsvParseOptions, type CsvProblem, csvRow, parseCsv } from "../../../lib/csv";

type FieldType =
  "text" | "nullableText" | "optionalText" | "int" | "number" | "nullableNumber" | "bool" | "lines" | "intList";

interface CsvColumn {
  readonly name: string;
  readonly type: FieldType;
  /** Must be present in the header row. */
  readonly required: boolean;
}

const col = (name: string, type: FieldType, required = true): CsvColumn => ({ name, type, required });

const quantityColumns = (p: "baseline" | "target"): CsvColumn[] => [
  col(`${p}.printed`, "text"),
  col(`${p}.value`, "nullableNumber"),
  col(`${p}.period.printed`, "text"),
  col(`${p}.period.basis`, "text"),
  col(`${p}.period.year`, "int"),
  col(`${p}.deferred.reason`, "optionalText", false),
  col(`${p}.interpretation`, "optionalText", false),
];

/** The layout (a contract for people preparing a CSV; README documents it). */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  col("id", "text"),
  col("kind", "text"),
  col("subGoalId", "text"),
  col("measureId", "nullableText"),
  col("name", "text"),
  col("part", "nullableText", false),
  col("unit", "text"),
  col("decimals", "int"),
  ...quantityColumns("baseline"),
  ...quantityColumns("target"),
  col("direction", "text"),
  col("bound", "nullableText", false),
  col("cumulative", "bool", false),
  col("everyDayOfYear", "bool", false),
  col("reference.printed", "optionalText", false),
  col("reference.value", "nullableNumber", false),
  col("reference.period.printed", "optionalText", false),
  col("reference.period.basis", "optionalText", false),
  col("reference.period.year", "nullableNumber", false),
  col("reference.note", "optionalText", false),
  col("notes", "lines", false),
  col("verification.reading", "optionalText", false),
  col("verification.reason", "optionalText", false),
  col("sourceLines", "intList", false),
  // 担当課 (issue #12): last, so a template of an older version only lacks a column at the end.
  col("department", "nullableText", false),
];

/** Headers people may write instead of a column's name: 「担当課」 is what the sheet and the staff call it. */
const ALIASES: ReadonlyMap<string, string> = new Map([["担当課", "department"]]);

const ACTUAL_COLUMN = /^actual\.(\d{4})$/;
const BY_NAME = new Map(CSV_COLUMNS.map((c) => [c.name, c]));

export type CsvDatasetResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly delimiter: "," | "\t" }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** 1 → A, 28 → AB: how Excel users find a column of a CSV. */
function letter(field: number): string {
  let n = field;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function at(source: string, cell: { line: number; field?: number }, column?: string): string {
  const where = cell.field === undefined ? `${source}:${cell.line}` : `${source}:${cell.line}:${letter(cell.field)}`;
  return column ? `${where} (${column})` : where;
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

const NUMBER = /^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/;

function parseCell(type: FieldType, raw: string): Parsed {
  const text =
    type === "lines" || type === "text" || type === "nullableText" || type === "optionalText" ? raw : raw.trim();
  switch (type) {
    case "text":
      return { ok: true, value: text };
    case "nullableText":
      return { ok: true, value: text.trim() === "" ? null : text };
    case "optionalText":
      return { ok: true, value: text.trim() === "" ? undefined : text };
    case "int":
    case "number":
    case "nullableNumber": {
      if (text === "")
        return type === "nullableNumber" ? { ok: true, value: null } : { ok: false, message: "a number is required" };
      if (!NUMBER.test(text))
        return {
          ok: false,
          message: `expected a number in plain notation (1563, 94.6), got ${JSON.stringify(text.slice(0, 40))}`,
        };
      const n = Number(text);
      if (!Number.isFinite(n)) return { ok: false, message: `number out of range: ${text.slice(0, 40)}` };
      if (type === "int" && !Number.isInteger(n)) return { ok: false, message: `expected a whole number, got ${text}` };
      return { ok: true, value: n };
    }
    case "bool": {
      if (text === "") return { ok: true, value: false };
      if (/^true$/i.test(text)) return { ok: true, value: true };
      if (/^false$/i.test(text)) return { ok: true, value: false };
      return { ok: false, message: `expected TRUE or FALSE, got ${JSON.stringify(text.slice(0, 40))}` };
    }
    case "lines":
      return { ok: true, value: text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "") };
    case "intList": {
      if (text === "") return { ok: true, value: undefined };
      const parts = text.split(/[;；]/).map((p) => p.trim());
      if (parts.some((p) => !/^\d+$/.test(p)))
        return {
          ok: false,
          message: `expected line numbers separated by ";", got ${JSON.stringify(text.slice(0, 40))}`,
        };
      return { ok: true, value: parts.map(Number) };
    }
  }
}

/** Sets a dotted path in a nested object (creating the objects on the way). */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let obj = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i] as string;
    if (typeof obj[key] !== "object" || obj[key] === null) obj[key] = {};
    obj = obj[key] as Record<string, unknown>;
  }
  obj[parts[parts.length - 1] as string] = value;
}

/** The object of one record, before validation; optional groups left out when all their cells are empty. */
function indicatorObject(
  fields: ReadonlyMap<string, unknown>,
  actuals: { year: number; value: number }[],
  base: Indicator | undefined,
): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const [name, value] of fields) {
    if (name.startsWith("reference.") || name.startsWith("verification.")) continue;
    if (value !== undefined) setPath(obj, name, value);
  }
  const group = (prefix: string): Record<string, unknown> | null => {
    const entries = [...fields].filter(([k, v]) => k.startsWith(`${prefix}.`) && v !== undefined && v !== null);
    if (entries.length === 0) return null;
    const g: Record<string, unknown> = {};
    for (const [k, v] of entries) setPath(g, k.slice(prefix.length + 1), v);
    return g;
  };
  obj.reference = group("reference");
  obj.verification = group("verification");
  if (!fields.has("part")) obj.part = null;
  if (!fields.has("bound")) obj.bound = null;
  if (obj.cumulative === undefined) obj.cumulative = false;
  if (obj.everyDayOfYear === undefined) obj.everyDayOfYear = false;
  if (obj.notes === undefined) obj.notes = [];
  // Line numbers point into the seed text: a CSV that leaves them out keeps the base dataset's.
  if (obj.sourceLines === undefined && base) obj.sourceLines = base.sourceLines;
  obj.actuals = actuals;
  return obj;
}

/** Maps `indicators[3].target.value` back to the CSV cell it came from. */
function locate(
  path: string,
  recordLines: readonly number[],
  fieldOf: ReadonlyMap<string, number>,
  source: string,
  indicators: readonly { readonly actuals?: readonly { readonly year: number }[] }[] = [],
): string {
  const m = /^indicators\[(\d+)\](?:\.(.*))?$/.exec(path);
  if (!m) return path;
  const line = recordLines[Number(m[1])];
  if (line === undefined) return path;
  const rest = (m[2] ?? "").replace(/\[\d+\]/g, "");
  let name = rest;
  while (name !== "" && !fieldOf.has(name)) name = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "";
  const actual = /^actuals\[(\d+)\]/.exec(m[2] ?? "");
  if (actual) {
    // The actual's own cell: its year names the actual.YYYY column it was read from.
    const year = indicators[Number(m[1])]?.actuals?.[Number(actual[1])]?.year;
    const column = year === undefined ? undefined : `actual.${year}`;
    const field = column === undefined ? undefined : fieldOf.get(column);
    return field === undefined ? `${at(source, { line })} (actuals)` : at(source, { line, field }, column);
  }
  const field = fieldOf.get(name);
  return field === undefined ? `${at(source, { line })} (${rest || "indicator"})` : at(source, { line, field }, name);
}

/** Excel's 「Unicode テキスト」 is tab-separated; a KPI list has far fewer than 20,000 indicators. */
const DATASET_CSV: CsvParseOptions = { delimiter: "auto", excelCellLimit: true, maxRecords: 20000 };

/** Parses a CSV in the dataset layout; plan, goals, 施策 and version come from `base`. Validated like any dataset. */
export function datasetFromCsv(text: string, base: Dataset, source: string): CsvDatasetResult {
  const parsed = parseCsv(text, DATASET_CSV);
  if (!parsed.ok) {
    const message = (p: CsvProblem): string =>
      p.kind === "tooManyRecords" ? `${p.message}; not a KPI list` : p.message;
    return { ok: false, problems: parsed.problems.map((p) => ({ path: at(source, p), message: message(p) })) };
  }
  const [header, ...records] = parsed.records;
  if (!header || header.every((c) => c.text.trim() === "")) {
    return {
      ok: false,
      problems: [{ path: source, message: "no header row: the first line must name the columns (id, kind, …)" }],
    };
  }
  const problems: Problem[] = [];
  const fieldOf = new Map<string, number>();
  /** The header text each column was found under (an alias or its name). */
  const headerOf = new Map<string, string>();
  const actualYears = new Map<number, number>();
  for (const cell of header) {
    const written = cell.text.trim();
    const name = ALIASES.get(written) ?? written;
    if (name === "") {
      problems.push({ path: at(source, cell), message: "an empty column header" });
      continue;
    }
    const earlier = headerOf.get(name);
    if (earlier !== undefined && earlier !== written) {
      problems.push({ path: at(source, cell), message: `the column "${written}" is the column "${earlier}" again` });
      continue;
    }
    headerOf.set(name, written);
    if (fieldOf.has(name)) {
      problems.push({ path: at(source, cell), message: `the column "${name}" appears twice` });
      continue;
    }
    const year = ACTUAL_COLUMN.exec(name);
    if (year) {
      const y = Number(year[1]);
      if (actualYears.has(y)) problems.push({ path: at(source, cell), message: `the column "${name}" appears twice` });
      else actualYears.set(y, cell.field);
      fieldOf.set(name, cell.field);
      continue;
    }
    if (!BY_NAME.has(name)) {
      problems.push({
        path: at(source, cell),
        message: `unknown column "${name.slice(0, 40)}"; the columns are ${CSV_COLUMNS.map((c) => c.name).join(", ")} (担当課 for department) and actual.YYYY`,
      });
      continue;
    }
    fieldOf.set(name, cell.field);
  }
  for (const c of CSV_COLUMNS) {
    if (c.required && !fieldOf.has(c.name))
      problems.push({ path: at(source, { line: 1 }), message: `missing the column "${c.name}"` });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (records.length === 0)
    return { ok: false, problems: [{ path: source, message: "no indicator rows under the header" }] };

  const baseById = new Map(base.indicators.map((i) => [i.id, i]));
  const indicators: unknown[] = [];
  const recordLines: number[] = [];
  for (const record of records) {
    const line = record[0]?.line ?? 0;
    if (record.every((c) => c.text.trim() === "")) continue;
    if (record.length !== header.length) {
      problems.push({
        path: at(source, { line }),
        message: `${record.length} fields where the header has ${header.length}`,
      });
      continue;
    }
    const fields = new Map<string, unknown>();
    const actuals: { year: number; value: number }[] = [];
    const cellAt = (field: number): CsvCell => record[field - 1] as CsvCell;
    for (const [name, field] of fieldOf) {
      const cell = cellAt(field);
      if (cell.text.trimStart().startsWith("=")) {
        problems.push({
          path: at(source, cell, name),
          message: `a formula (${JSON.stringify(cell.text.slice(0, 40))}) is not data; type the value itself`,
        });
        continue;
      }
      const year = ACTUAL_COLUMN.exec(name);
      const type: FieldType = year ? "nullableNumber" : (BY_NAME.get(name) as CsvColumn).type;
      const value = parseCell(type, cell.text);
      if (!value.ok) {
        problems.push({ path: at(source, cell, name), message: value.message });
        continue;
      }
      if (year) {
        if (value.value !== null) actuals.push({ year: Number(year[1]), value: value.value as number });
      } else fields.set(name, value.value);
    }
    const id = typeof fields.get("id") === "string" ? (fields.get("id") as string).trim() : "";
    indicators.push(indicatorObject(fields, actuals, baseById.get(id)));
    recordLines.push(line);
  }
  if (problems.length > 0) return { ok: false, problems };

  const { indicators: _replaced, ...rest } = base;
  const result = validateDataset({ ...rest, indicators });
  if (!result.ok) {
    return {
      ok: false,
      problems: result.problems.map((p) => ({
        path: locate(p.path, recordLines, fieldOf, source, indicators as { actuals?: { year: number }[] }[]),
        message: p.message,
      })),
    };
  }
  return { ok: true, dataset: result.dataset, delimiter: parsed.delimiter };
}

function flatten(prefix: string, value: unknown, out: Map<string, string>): void {
  if (value === null || value === undefined) return;
  if (typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      flatten(prefix ? `${prefix}.${k}` : k, v, out);
    return;
  }
  out.set(prefix, String(value));
}

/** The indicators of a dataset in the CSV layout (a template to edit; UTF-8 with BOM so Excel reads it right). */
export function datasetToCsv(dataset: Dataset): string {
  const years = [...new Set(dataset.indicators.flatMap((i) => i.actuals.map((a) => a.year)))].sort((a, b) => a - b);
  const names = [...CSV_COLUMNS.map((c) => c.name), ...years.map((y) => `actual.${y}`)];
  const lines = [csvRow(names)];
  for (const ind of dataset.indicators) {
    const flat = new Map<string, string>();
    const { notes, sourceLines, actuals, ...rest } = ind;
    flatten("", rest, flat);
    flat.set("notes", notes.join("\n"));
    flat.set("sourceLines", sourceLines.join(";"));
    flat.set("cumulative", ind.cumulative ? "TRUE" : "FALSE");
    flat.set("everyDayOfYear", ind.everyDayOfYear ? "TRUE" : "FALSE");
    for (const a of actuals) flat.set(`actual.${a.year}`, String(a.value));
    lines.push(csvRow(names.map((n) => flat.get(n) ?? "")));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
