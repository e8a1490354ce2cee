/**
 * The 実績照会 file as data (issue #12 §5): one sheet 「実績照会」 with a department's indicators — ID, 指標名, 単位,
 * 基準値, the target in force for the 評価年度, the past years' actuals (read-only) — and the cells the department
 * types: the 評価年度's actual, 出典, 速報/確定, 要因分析, 課題, 今後の方向性, 外的要因. Everything else is locked by
 * sheet protection without a password (it guards against typing in the wrong cell, not against a determined
 * person); the hidden column's cell in row 1 holds the metadata the import checks (workbook/datacall-file.ts).
 *
 * A plain range, not an Excel table: the file is filled in and read back by position of its header row, and a table
 * on a protected sheet cannot grow anyway.
 */
import { EVALUATION_DIRECTIONS } from "../domain/evaluation/types";
import { rangeAddress } from "../lib/a1";
import type { Scalar } from "../lib/scalar";
import {
  DATACALL_DEFINITION_HEADERS,
  DATACALL_HEADER_ROW,
  DATACALL_INPUT_HEADERS,
  DATACALL_SHEET,
  DATACALL_STATUSES,
  datacallActualHeader,
  encodeDatacallMetadata,
  type DatacallMetadata,
} from "../workbook/datacall-file";
import { SHEET_ONLY_METADATA } from "../workbook/metadata";
import { TEXT_FORMAT } from "./formats";
import type { CellPlan, ColumnPlan, SheetPlan, ValidationPlan, WorkbookPlan } from "./types";

export interface DatacallIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly baseline: Scalar;
  /** The target in force for the 評価年度 (after revisions). */
  readonly target: Scalar;
  readonly targetYear: Scalar;
  /** The past years' actuals as the main workbook holds them, by western year. */
  readonly past: ReadonlyMap<number, Scalar>;
  /** The 評価年度's actual already in the main workbook (shown, so the department corrects rather than retypes). */
  readonly current: Scalar;
  /** What 「評価」 already holds for the 評価年度 (要因分析 …), shown the same way. */
  readonly texts: Readonly<Partial<Record<keyof typeof DATACALL_INPUT_HEADERS, string>>>;
}

export interface DatacallSheetInput {
  readonly department: string;
  readonly year: number;
  /** The main workbook's year column labels (「令和7年度(2025)」) of the past years shown and of the 評価年度. */
  readonly pastYears: readonly { readonly year: number; readonly label: string }[];
  readonly yearLabel: string;
  readonly datasetVersion: string | null;
  readonly indicators: readonly DatacallIndicator[];
}

/** The plan and what the xlsx writer locks: the sheet protected, these ranges left open for typing. */
export interface DatacallPlan {
  readonly plan: WorkbookPlan;
  readonly protect: { readonly sheet: string; readonly unlocked: readonly string[] };
}

const TEXT_WIDTH = 24;

export function buildDatacallPlan(input: DatacallSheetInput): DatacallPlan {
  const defs = DATACALL_DEFINITION_HEADERS.length;
  const firstPast = defs + 1;
  const actualCol = firstPast + input.pastYears.length;
  const inputKeys = Object.keys(DATACALL_INPUT_HEADERS) as (keyof typeof DATACALL_INPUT_HEADERS)[];
  const col = (key: keyof typeof DATACALL_INPUT_HEADERS) => actualCol + 1 + inputKeys.indexOf(key);
  const lastCol = actualCol + inputKeys.length;
  const metaCol = lastCol + 1;
  const first = DATACALL_HEADER_ROW + 1;
  const last = DATACALL_HEADER_ROW + Math.max(1, input.indicators.length);

  const metadata: DatacallMetadata = {
    department: input.department,
    year: input.year,
    datasetVersion: input.datasetVersion,
    ids: input.indicators.map((i) => i.id),
  };
  const title: (CellPlan | null)[] = [
    { value: `${input.department} 実績照会 ${input.yearLabel}`, style: "title" },
    ...Array.from({ length: metaCol - 2 }, () => null),
    { value: encodeDatacallMetadata(metadata), numberFormat: TEXT_FORMAT },
  ];
  const howTo: CellPlan[] = [
    {
      value:
        `黄色の欄（${datacallActualHeader(input.yearLabel)}・出典・速報/確定・要因分析・課題・今後の方向性・外的要因）` +
        "に入力して返送してください。ほかの欄と行・列の構成は変更できません（シートの保護、パスワードなし）。",
      // No style: a wrapped note would be cut to column A's width; plain text runs on over the empty cells.
    },
  ];
  const header: CellPlan[] = [
    ...DATACALL_DEFINITION_HEADERS,
    ...input.pastYears.map((y) => y.label),
    datacallActualHeader(input.yearLabel),
    ...inputKeys.map((k) => DATACALL_INPUT_HEADERS[k]),
  ].map((value) => ({ value, style: "header" }));
  const body = input.indicators.map((ind): CellPlan[] => {
    const def = (value: Scalar, numberFormat?: string): CellPlan => ({ value, style: "definition", numberFormat });
    return [
      def(ind.id, TEXT_FORMAT),
      def(ind.name, TEXT_FORMAT),
      def(ind.unit, TEXT_FORMAT),
      def(ind.baseline),
      def(ind.target),
      def(ind.targetYear),
      ...input.pastYears.map((y) => def(ind.past.get(y.year) ?? null)),
      { value: ind.current, style: "input" },
      ...inputKeys.map((k): CellPlan => ({ value: ind.texts[k] || null, style: "input", numberFormat: TEXT_FORMAT })),
    ];
  });

  const columns: ColumnPlan[] = [
    { width: 12 },
    { width: 36 },
    { width: 8 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    ...input.pastYears.map(() => ({ width: 15 })),
    // 「令和7年度(2025)実績」 in full.
    { width: 20 },
    ...inputKeys.map((k) => ({ width: k === "status" || k === "direction" ? 12 : TEXT_WIDTH })),
    { width: 4, hidden: true },
  ];
  const inputRange = (from: number, to: number) => rangeAddress(from, first, to, last);
  const validations: ValidationPlan[] = [
    {
      kind: "decimal",
      range: inputRange(actualCol, actualCol),
      error: "実績は数値で入力してください。",
      prompt: `${input.yearLabel}の実績（数値）`,
    },
    {
      kind: "list",
      range: inputRange(col("status"), col("status")),
      values: DATACALL_STATUSES,
      prompt: "速報・確定から選択",
    },
    {
      kind: "list",
      range: inputRange(col("direction"), col("direction")),
      values: EVALUATION_DIRECTIONS,
      prompt: "拡大・改善・継続・縮小・廃止から選択",
    },
  ];
  const sheet: SheetPlan = {
    name: DATACALL_SHEET,
    rows: [title, howTo, header, ...body],
    columns,
    freeze: { rows: DATACALL_HEADER_ROW, columns: 2 },
    tables: [],
    conditionalFormats: [],
    validations,
    charts: [],
    pageSetup: {
      orientation: "landscape",
      paperSize: "A4",
      printTitleRows: `$${DATACALL_HEADER_ROW}:$${DATACALL_HEADER_ROW}`,
      fitToWidth: true,
    },
  };
  return {
    plan: { metadata: SHEET_ONLY_METADATA, sheets: [sheet], names: [] },
    protect: {
      sheet: DATACALL_SHEET,
      unlocked: input.indicators.length > 0 ? [inputRange(actualCol, lastCol)] : [],
    },
  };
}
