/**
 * The 実績照会 file (issue #12 §5): the workbook a department receives with only its indicators, fills in and sends
 * back. Its contract (sheet, header row, headers), the hidden metadata cell that ties a returned file to the
 * department, 評価年度, dataset version and ids it was made for, and the reader of a returned file's grid. The plan
 * (src/plan/datacall-sheet.ts) builds the sheet from these names; the import (src/refresh/datacall-merge.ts)
 * compares what this reader finds with the main workbook.
 */
import { evaluationProblem, type EvaluationProblem } from "../domain/evaluation/problems";
import { normalizeDirection } from "../domain/evaluation/entries";
import { EVALUATION_DIRECTIONS, type EvaluationDirection } from "../domain/evaluation/types";
import { cellAddress } from "../lib/a1";
import type { Scalar } from "../lib/scalar";
import type { Grid } from "./grid";

export const DATACALL_SHEET = "実績照会";
/** Row 1 title, row 2 how to fill it in, row 3 the header, indicators from row 4. */
export const DATACALL_HEADER_ROW = 3;
/** 速報/確定: whether the actual typed is a preliminary or a final figure. */
export const DATACALL_STATUSES = ["速報", "確定"] as const;
export type DatacallStatus = (typeof DATACALL_STATUSES)[number];

/** Headers of the columns people type in (the past years and definitions before them are read-only). */
export const DATACALL_INPUT_HEADERS = {
  source: "出典",
  status: "速報/確定",
  analysis: "要因分析",
  issues: "課題",
  direction: "今後の方向性",
  externalFactor: "外的要因",
} as const;
export type DatacallTextKey = keyof typeof DATACALL_INPUT_HEADERS;

/** The read-only columns before the past years. */
export const DATACALL_DEFINITION_HEADERS = ["ID", "指標名", "単位", "基準値", "目標値", "目標年度"] as const;

/** The 評価年度's actual column: 「令和7年度(2025)実績」 from the year column's own label. */
export const datacallActualHeader = (yearLabel: string): string => `${yearLabel}実績`;
/** The actual's column is found by its shape, whatever the year: a file of another year is the metadata's to refuse. */
const isActualHeader = (h: string): boolean => /\(\d{4}\)実績$/.test(h);

/** What the hidden cell says the file was made for. */
export interface DatacallMetadata {
  readonly department: string;
  readonly year: number;
  /** The main workbook's dataset version when the file was made; null when its metadata could not be read. */
  readonly datasetVersion: string | null;
  /** The indicators in the file, in row order. */
  readonly ids: readonly string[];
}

export const DATACALL_METADATA_PREFIX = "kpi-review-datacall:";

export function encodeDatacallMetadata(m: DatacallMetadata): string {
  return DATACALL_METADATA_PREFIX + JSON.stringify(m);
}

export function decodeDatacallMetadata(text: string): DatacallMetadata | null {
  if (!text.startsWith(DATACALL_METADATA_PREFIX)) return null;
  try {
    const v: unknown = JSON.parse(text.slice(DATACALL_METADATA_PREFIX.length));
    if (typeof v !== "object" || v === null) return null;
    const o = v as Record<string, unknown>;
    const ids = o.ids;
    if (typeof o.department !== "string" || typeof o.year !== "number" || !Array.isArray(ids)) return null;
    if (!ids.every((i): i is string => typeof i === "string")) return null;
    const version = typeof o.datasetVersion === "string" ? o.datasetVersion : null;
    return { department: o.department, year: o.year, datasetVersion: version, ids };
  } catch {
    return null;
  }
}

/** One indicator's row of a returned file: what was typed, and each field's cell (for messages and choices). */
export interface DatacallRow {
  readonly id: string;
  /** The actual as typed (a number, or text the import reads with the indicator's unit); null when blank. */
  readonly actual: Scalar;
  readonly source: string;
  readonly status: DatacallStatus | "";
  readonly analysis: string;
  readonly issues: string;
  readonly direction: EvaluationDirection | "";
  readonly externalFactor: string;
  readonly cells: Readonly<Record<"id" | "actual" | DatacallTextKey, string>>;
}

export interface DatacallFile {
  readonly metadata: DatacallMetadata;
  /** Where the metadata was found (「実績照会 J1」). */
  readonly metadataCell: string;
  readonly rows: readonly DatacallRow[];
}

const text = (v: Scalar | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "string" ? v.trim() : String(v);

/** A cell's address as messages name it: 「実績照会 H5」. */
export const datacallCell = (column: number, row: number): string => `${DATACALL_SHEET} ${cellAddress(column, row)}`;

function at(grid: Grid, row: number, column: number): Scalar {
  return grid.values[row - grid.top]?.[column - grid.left] ?? null;
}

/** The metadata cell: the first cell of row 1 that holds the metadata text (a hidden column). */
function findMetadata(grid: Grid): { metadata: DatacallMetadata; cell: string } | EvaluationProblem {
  const first = grid.values[1 - grid.top] ?? [];
  for (let i = 0; i < first.length; i++) {
    const v = first[i];
    if (typeof v !== "string" || !v.startsWith(DATACALL_METADATA_PREFIX)) continue;
    const metadata = decodeDatacallMetadata(v);
    const cell = datacallCell(grid.left + i, 1);
    return metadata ? { metadata, cell } : evaluationProblem(cell, "datacallBadMetadata");
  }
  return evaluationProblem(DATACALL_SHEET, "datacallNotAFile", { sheet: DATACALL_SHEET });
}

/**
 * A returned file's 「実績照会」 grid → its metadata and rows, or the problems naming cells: no metadata, a missing
 * header, an id changed, added or removed (against the metadata's ids, row by row), a 速報/確定 or 今後の方向性 outside
 * its list. The actual is returned as typed; reading it as a number needs the main workbook's unit (the import).
 */
export function readDatacallGrid(
  grid: Grid,
): { readonly ok: true; readonly file: DatacallFile } | { readonly ok: false; readonly problems: EvaluationProblem[] } {
  const found = findMetadata(grid);
  if ("code" in found) return { ok: false, problems: [found] };
  const { metadata } = found;
  const headers = (grid.values[DATACALL_HEADER_ROW - grid.top] ?? []).map(text);
  const column = (match: (h: string) => boolean): number => {
    const i = headers.findIndex(match);
    return i < 0 ? -1 : grid.left + i;
  };
  const cols = {
    id: column((h) => h === "ID"),
    actual: column(isActualHeader),
    ...(Object.fromEntries(
      Object.entries(DATACALL_INPUT_HEADERS).map(([k, h]) => [k, column((x) => x === h)]),
    ) as Record<DatacallTextKey, number>),
  };
  const problems: EvaluationProblem[] = [];
  for (const [key, c] of Object.entries(cols)) {
    if (c >= 0) continue;
    const header =
      key === "id"
        ? "ID"
        : key === "actual"
          ? `(${metadata.year})実績`
          : DATACALL_INPUT_HEADERS[key as DatacallTextKey];
    problems.push(evaluationProblem(DATACALL_SHEET, "missingHeader", { sheet: DATACALL_SHEET, header }));
  }
  if (problems.length > 0) return { ok: false, problems };
  const rows: DatacallRow[] = [];
  const last = grid.top + grid.values.length - 1;
  const seen = new Set<string>();
  for (let r = DATACALL_HEADER_ROW + 1; r <= Math.max(last, DATACALL_HEADER_ROW + metadata.ids.length); r++) {
    const id = text(at(grid, r, cols.id));
    const expected = metadata.ids[r - DATACALL_HEADER_ROW - 1];
    const idCell = datacallCell(cols.id, r);
    if (expected === undefined) {
      if (id !== "") problems.push(evaluationProblem(idCell, "datacallAddedId", { id }));
      continue;
    }
    if (id !== expected) {
      problems.push(
        id === ""
          ? evaluationProblem(idCell, "datacallRemovedId", { expected })
          : evaluationProblem(idCell, "datacallChangedId", { id, expected }),
      );
      continue;
    }
    seen.add(id);
    const cells = {
      id: idCell,
      actual: datacallCell(cols.actual, r),
      ...(Object.fromEntries(Object.entries(cols).map(([k, c]) => [k, datacallCell(c, r)])) as Record<
        DatacallTextKey,
        string
      >),
    };
    const t = (k: DatacallTextKey) => text(at(grid, r, cols[k]));
    const status = t("status");
    if (status !== "" && !(DATACALL_STATUSES as readonly string[]).includes(status)) {
      problems.push(
        evaluationProblem(cells.status, "notInList", {
          field: DATACALL_INPUT_HEADERS.status,
          value: status,
          allowed: DATACALL_STATUSES.join("、"),
        }),
      );
    }
    const direction = normalizeDirection(t("direction"));
    if (direction === null) {
      problems.push(
        evaluationProblem(cells.direction, "notInList", {
          field: "direction",
          value: t("direction"),
          allowed: EVALUATION_DIRECTIONS.join("、"),
        }),
      );
    }
    const actual = at(grid, r, cols.actual);
    rows.push({
      id,
      actual: typeof actual === "string" && actual.trim() === "" ? null : actual,
      source: t("source"),
      status: (status as DatacallStatus | "") || "",
      analysis: t("analysis"),
      issues: t("issues"),
      direction: direction ?? "",
      externalFactor: t("externalFactor"),
      cells,
    });
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, file: { metadata, metadataCell: found.cell, rows } };
}
