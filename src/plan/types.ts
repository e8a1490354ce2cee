/**
 * The workbook as data. `src/plan` builds it from the dataset (pure, synchronous); the Office.js and exceljs
 * renderers apply it without knowing anything about KPIs. Anything a renderer must draw is described here.
 *
 * Formulas are written once, in the dialect all three engines (Excel, LibreOffice, HyperFormula) agree on:
 * A1 references (same-row relative, so sorting keeps them right), sheet names quoted ('KPI一覧'!A1),
 * workbook-level defined names (評価年度), and only functions Excel 2010 already had (no _xlfn. needed).
 */

import type { Scalar } from "../lib/scalar";

/** Cell styles are named, so renderers can map each once and plans stay small and comparable. */
export type CellStyle =
  | "title" // sheet title line
  | "header" // table header row
  | "group" // 基本目標 / 施策 group caption
  | "definition" // from the dataset: not for typing
  | "input" // a person types here (actuals, settings)
  | "longInput" // a person types long text here (評価's 要因分析, 総括意見): wrapped, top-aligned
  | "formula" // computed: not for typing
  | "note" // explanatory text, wrapped
  | "warning"; // needs verification

export interface CellPlan {
  /** A literal value. Text is always written as text, never interpreted as a formula. */
  readonly value?: Scalar;
  /** A formula, starting with "=". When set, `value` is ignored. */
  readonly formula?: string;
  /** Excel number format code, e.g. "0.0%", "#,##0", "@". */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export interface ColumnPlan {
  /** Width in characters (Excel's column width unit). */
  readonly width: number;
  readonly hidden?: boolean;
  /** Wrap the text of every planned cell in the column (on top of the cells' styles). */
  readonly wrap?: boolean;
}

export interface TablePlan {
  /** Table name, e.g. "KPI": how the add-in finds its data again after sorting and filtering. */
  readonly name: string;
  /** A1 range including the header row, e.g. "A3:AB53". */
  readonly range: string;
  readonly style: string;
  readonly showFilterButton: boolean;
}

export type ConditionalFormatPlan =
  | {
      readonly kind: "dataBar";
      readonly range: string;
      /** Fixed bounds as numbers (0 and 1 for 0–100 %). */
      readonly min: number;
      readonly max: number;
      /** "#RRGGBB" */
      readonly color: string;
    }
  | {
      readonly kind: "expression";
      readonly range: string;
      /** Formula relative to the top-left cell of `range`, starting with "=". */
      readonly formula: string;
      readonly fill?: string;
      readonly fontColor?: string;
      readonly bold?: boolean;
      /**
       * The number format while the rule applies (Office `custom.format.numberFormat`, ExcelApi 1.6; a dxf numFmt in
       * the file): how a formula's year reads as 「令和6年度(2024)」 and stays a number (formats.ts yearLabelRules).
       */
      readonly numberFormat?: string;
      /** Stop evaluating lower-priority rules on this range when this one applies. */
      readonly stopIfTrue?: boolean;
    };

export type ValidationPlan =
  | {
      readonly kind: "list";
      readonly range: string;
      readonly values: readonly string[];
      readonly prompt?: string;
    }
  | {
      readonly kind: "decimal";
      readonly range: string;
      readonly min?: number;
      readonly max?: number;
      /** Message shown when a non-number is typed (Japanese). */
      readonly error: string;
      readonly prompt?: string;
    };

export interface ChartPlan {
  readonly kind: "columnStacked";
  readonly title: string;
  /** Source range including the header row and the category column. */
  readonly sourceRange: string;
  /** Top-left cell where the chart is placed. */
  readonly anchor: string;
  /** Colors per series, in order ("#RRGGBB"). */
  readonly seriesColors?: readonly string[];
}

export interface PageSetupPlan {
  readonly orientation: "portrait" | "landscape";
  readonly paperSize: "A4" | "A3";
  /** Rows repeated at the top of every printed page, e.g. "$1:$3". */
  readonly printTitleRows?: string;
  /** Columns repeated at the left of every printed page, e.g. "$A:$B". */
  readonly printTitleColumns?: string;
  readonly fitToWidth?: boolean;
}

export interface SheetPlan {
  readonly name: string;
  /** Rows from A1 down; each row from column A. `null` leaves a cell untouched. */
  readonly rows: readonly (readonly (CellPlan | null)[])[];
  readonly columns: readonly ColumnPlan[];
  /** Frozen rows at the top and columns at the left. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly tables: readonly TablePlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly validations: readonly ValidationPlan[];
  readonly charts: readonly ChartPlan[];
  /** Row outline groups (1-based inclusive row numbers), e.g. 基本目標 → 施策 grouping. */
  readonly rowGroups?: readonly { readonly from: number; readonly to: number }[];
  /**
   * Column outline groups (1-based inclusive column numbers), folded when `collapsed`. Adjacent groups of one level
   * merge into one (as rows do), so a plan leaves a column between two groups.
   */
  readonly columnGroups?: readonly { readonly from: number; readonly to: number; readonly collapsed?: boolean }[];
  /** Heights in points of rows that need more than the default (wrapped text), 1-based rows. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly pageSetup?: PageSetupPlan;
  readonly tabColor?: string;
}

/** A workbook-level defined name pointing at one cell, e.g. 評価年度 → '設定'!$B$3. */
export interface NamedCellPlan {
  readonly name: string;
  readonly sheet: string;
  /** Absolute A1 address, e.g. "$B$3". */
  readonly address: string;
  readonly comment?: string;
}

import type { WorkbookMetadata } from "../workbook/metadata";

export type { WorkbookMetadata };

export interface WorkbookPlan {
  readonly metadata: WorkbookMetadata;
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamedCellPlan[];
}
