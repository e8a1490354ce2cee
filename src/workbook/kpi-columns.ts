/**
 * The columns of 「KPI一覧」 as a table: header text (a contract: the add-in finds columns by header), width,
 * and what kind of cell it is. Everything that needs a column position asks here.
 */
import { periodLabel } from "../domain/periods";
import { columnLetter } from "../lib/a1";
import { YEARS } from "./names";

export type ColumnKind = "definition" | "input" | "formula";

export type FixedColumnKey =
  | "id"
  | "name"
  | "subGoal"
  | "measure"
  | "kind"
  | "basis"
  | "unit"
  | "baseline"
  | "baselineYear"
  | "target"
  | "targetYear"
  | "direction"
  | "judgeBase"
  | "judgeBaseYear"
  | "verification"
  | "notes"
  | "latest"
  | "latestYear"
  | "progress"
  | "expected"
  | "grade";

export type KpiColumnKey = FixedColumnKey | `year:${number}`;

export interface KpiColumn {
  readonly key: KpiColumnKey;
  readonly header: string;
  readonly width: number;
  readonly kind: ColumnKind;
}

const LEADING: readonly KpiColumn[] = [
  { key: "id", header: "ID", width: 11, kind: "definition" },
  { key: "name", header: "指標名", width: 34, kind: "definition" },
  { key: "subGoal", header: "基本目標", width: 22, kind: "definition" },
  { key: "measure", header: "施策", width: 24, kind: "definition" },
  { key: "kind", header: "区分", width: 9, kind: "definition" },
  { key: "basis", header: "年度/暦年", width: 9, kind: "definition" },
  { key: "unit", header: "単位", width: 7, kind: "definition" },
  { key: "baseline", header: "基準値", width: 11, kind: "definition" },
  { key: "baselineYear", header: "基準年度", width: 10, kind: "definition" },
  { key: "target", header: "目標値", width: 11, kind: "definition" },
  { key: "targetYear", header: "目標年度", width: 10, kind: "definition" },
  { key: "direction", header: "方向", width: 10, kind: "definition" },
  { key: "judgeBase", header: "判定基準値", width: 11, kind: "definition" },
  { key: "judgeBaseYear", header: "判定基準年度", width: 12, kind: "definition" },
  { key: "verification", header: "要確認", width: 8, kind: "definition" },
  { key: "notes", header: "注記", width: 36, kind: "definition" },
];

const YEAR_COLUMNS: readonly KpiColumn[] = YEARS.map((year) => ({
  key: `year:${year}` as const,
  header: periodLabel(year, "fiscal"),
  width: 14,
  kind: "input" as const,
}));

const TRAILING: readonly KpiColumn[] = [
  { key: "latest", header: "最新実績", width: 11, kind: "formula" },
  { key: "latestYear", header: "実績年度", width: 10, kind: "formula" },
  { key: "progress", header: "達成率", width: 10, kind: "formula" },
  { key: "expected", header: "期待進捗", width: 10, kind: "formula" },
  { key: "grade", header: "評価", width: 11, kind: "formula" },
];

export const KPI_COLUMNS: readonly KpiColumn[] = [...LEADING, ...YEAR_COLUMNS, ...TRAILING];

const COLUMN_NUMBERS: ReadonlyMap<KpiColumnKey, number> = new Map(KPI_COLUMNS.map((c, i) => [c.key, i + 1]));
const COLUMN_LETTERS: ReadonlyMap<KpiColumnKey, string> = new Map(
  KPI_COLUMNS.map((c, i) => [c.key, columnLetter(i + 1)]),
);

/** 1-based column number of a column. */
export function kpiCol(key: KpiColumnKey): number {
  const n = COLUMN_NUMBERS.get(key);
  if (n === undefined) throw new Error(`no KPI column ${key}`);
  return n;
}

export function kpiLetter(key: KpiColumnKey): string {
  const letter = COLUMN_LETTERS.get(key);
  if (letter === undefined) throw new Error(`no KPI column ${key}`);
  return letter;
}

export function yearKey(year: number): `year:${number}` {
  return `year:${year}`;
}

/** Rows of 「KPI一覧」: title, the western years the formulas read, the table header, then one row per indicator. */
export const KPI_ROWS = { title: 1, years: 2, header: 3, firstData: 4 } as const;
