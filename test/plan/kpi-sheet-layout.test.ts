/**
 * 「KPI一覧」's member-first layout (issue #13), checked on the plan of the bundled dataset with every column found by
 * its header: the details fold, long names wrap with rows tall enough, A3 printing with ID/指標名 on every page,
 * 数値目標 rows marked, a negative 達成率 explained, and a legend for every highlight.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../src/domain/dataset/schema";
import { GRADES } from "../../src/domain/status";
import { columnLetter } from "../../src/lib/a1";
import { DUE_FILL, NUMERIC_TARGET_FILL, PERCENT_SLIP_FILL } from "../../src/plan/kpi-sheet";
import { LINE_POINTS, textWidth } from "../../src/plan/row-heights";
import type { CellPlan, ConditionalFormatPlan, SheetPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { KPI_SHEET } from "../../src/workbook/names";
import { DETAIL_HEADERS } from "../support/layout";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")),
);
const plan = buildWorkbookPlan(bundled, { builtAt: new Date("2026-11-24T09:00:00Z") });
const kpi = plan.sheets.find((s) => s.name === KPI_SHEET) as SheetPlan;
const headers = (kpi.rows[KPI_ROWS.header - 1] ?? []).map((c) => c?.value);
/** 1-based column of a header. */
const col = (header: string): number => {
  const i = headers.indexOf(header);
  if (i < 0) throw new Error(`no header ${header}`);
  return i + 1;
};
const rowOf = (id: string): number => kpi.rows.findIndex((r) => r[col("ID") - 1]?.value === id) + 1;
const text = (cell: CellPlan | null | undefined): string => String(cell?.value ?? "");
const expressionRules = kpi.conditionalFormats.filter(
  (r): r is Extract<ConditionalFormatPlan, { kind: "expression" }> => r.kind === "expression",
);

describe("「KPI一覧」 member-first layout", () => {
  it("shows the verdict beside the frozen ID and 指標名, before the year inputs", () => {
    expect(kpi.freeze).toEqual({ rows: KPI_ROWS.header, columns: col("指標名") });
    expect(col("ID")).toBe(1);
    for (const h of ["基準値", "目標値", "最新実績", "達成率", "期待進捗", "評価"]) {
      expect(col(h)).toBeLessThan(col("令和2年度(2020)"));
    }
  });

  it("folds the definition details (基本目標 … 要確認) in one collapsed column group", () => {
    const details = DETAIL_HEADERS;
    const columns = details.map(col);
    expect(kpi.columnGroups).toEqual([{ from: Math.min(...columns), to: Math.max(...columns), collapsed: true }]);
    // One run: nothing else folds with them.
    expect(Math.max(...columns) - Math.min(...columns) + 1).toBe(details.length);
  });

  it("wraps 指標名, 基本目標, 施策 and 注記", () => {
    const wrapped = kpi.columns.flatMap((c, i) => (c.wrap ? [headers[i]] : []));
    expect(wrapped).toEqual(["指標名", "基本目標", "施策", "注記"].sort((a, b) => col(a) - col(b)));
  });

  it("gives 2-2-K2-1a and 2-2-K2-1b rows tall enough for their whole names", () => {
    const width = kpi.columns[col("指標名") - 1]!.width;
    for (const id of ["2-2-K2-1a", "2-2-K2-1b"]) {
      const row = rowOf(id);
      const name = text(kpi.rows[row - 1]?.[col("指標名") - 1]);
      expect(name).toMatch(/^英語の学習が楽しいと感じている児童・生徒の割合/);
      // Lines the name needs at the most favourable packing (its width over the column's), never fewer.
      const lines = Math.ceil(textWidth(name) / (width - 1));
      expect(lines).toBeGreaterThanOrEqual(2);
      const height = kpi.rowHeights?.find((h) => h.row === row)?.height ?? 0;
      expect([id, height >= lines * LINE_POINTS]).toEqual([id, true]);
    }
    expect(kpi.rowHeights?.every((h) => h.row === KPI_ROWS.header || h.row >= KPI_ROWS.firstData)).toBe(true);
  });

  it("gives every indicator row a height, one line where the name fits one (a row left without one was sized by LibreOffice for the folded 注記 and 施策: mostly blank)", () => {
    const width = kpi.columns[col("指標名") - 1]!.width;
    for (let row = KPI_ROWS.firstData; row <= kpi.rows.length; row++) {
      const name = text(kpi.rows[row - 1]?.[col("指標名") - 1]);
      const height = kpi.rowHeights?.find((h) => h.row === row)?.height;
      const oneLine = textWidth(name) <= width - 1;
      expect([name, height !== undefined && (oneLine ? height < 2 * LINE_POINTS : height >= 2 * LINE_POINTS)]).toEqual([
        name,
        true,
      ]);
    }
  });

  it("prints A3 landscape, one page wide, the header row and ID:指標名 on every page", () => {
    expect(kpi.pageSetup).toEqual({
      orientation: "landscape",
      paperSize: "A3",
      printTitleRows: `$${KPI_ROWS.header}:$${KPI_ROWS.header}`,
      printTitleColumns: `$${columnLetter(col("ID"))}:$${columnLetter(col("指標名"))}`,
      fitToWidth: true,
    });
  });

  it("marks 数値目標 rows (bold on a fill) by their 区分, not the ID cell the comments mark", () => {
    const k = columnLetter(col("区分"));
    const rule = expressionRules.find(
      (r) => r.fill === NUMERIC_TARGET_FILL && r.range.endsWith(String(kpi.rows.length)),
    );
    expect(rule).toMatchObject({ formula: `=$${k}${KPI_ROWS.firstData}="数値目標"`, bold: true });
    expect(rule?.range.startsWith(`${columnLetter(col("指標名"))}${KPI_ROWS.firstData}:`)).toBe(true);
  });

  it("formats 達成率 so a negative rate reads 「基準値より悪化」 and the cell keeps the number", () => {
    const cell = kpi.rows[KPI_ROWS.firstData - 1]?.[col("達成率") - 1];
    expect(cell?.formula).toMatch(/^=/);
    const [positive, negative] = String(cell?.numberFormat).split(";");
    expect(positive).toBe("0.0%");
    expect(negative).toBe('[Red]"基準値より悪化"');
    // The data bar runs from 0: a negative rate draws none.
    expect(kpi.conditionalFormats).toContainEqual(expect.objectContaining({ kind: "dataBar", min: 0, max: 1 }));
  });

  it("keeps a legend in row 1, right of the title: a sample of every highlight, coloured as the rule it explains", () => {
    const titleRow = kpi.rows[KPI_ROWS.title - 1] ?? [];
    expect(text(titleRow[0])).toContain("KPI一覧");
    const sample = (label: string) => {
      const c = titleRow.findIndex((cell) => text(cell) === label) + 1;
      expect([label, c > 1]).toEqual([label, true]);
      return {
        cell: titleRow[c - 1],
        rule: expressionRules.find((r) => r.range === `${columnLetter(c)}${KPI_ROWS.title}`),
      };
    };
    expect(sample("入力欄").cell?.style).toBe("input");
    expect(sample("評価年度未入力").rule?.fill).toBe(DUE_FILL);
    expect(sample("％の桁?").rule?.fill).toBe(PERCENT_SLIP_FILL);
    for (const g of GRADES.filter((x) => x.fill)) expect(sample(g.grade).rule?.fill).toBe(g.fill);
    expect(sample("数値目標").rule).toMatchObject({ fill: NUMERIC_TARGET_FILL, bold: true });
    // Each sample's rule is one the table uses too (same look), and the line after the samples says what they mean.
    const tableFills = new Set(
      expressionRules.filter((r) => !r.range.endsWith(`${KPI_ROWS.title}`)).map((r) => r.fill),
    );
    for (const f of [DUE_FILL, PERCENT_SLIP_FILL, NUMERIC_TARGET_FILL, ...GRADES.flatMap((g) => g.fill ?? [])]) {
      expect(tableFills.has(f)).toBe(true);
    }
    const at = titleRow.findIndex((c) => text(c).startsWith("評価年度未入力＝"));
    expect(text(titleRow[at])).toMatch(/％の桁\?＝/);
    // It overflows no further than the last year column: what prints one page wide is the table, not the line.
    const room = kpi.columns.slice(at, col("令和9年度(2027)")).reduce((n, c) => n + c.width, 0);
    expect(textWidth(text(titleRow[at]))).toBeLessThanOrEqual(room);
    // The legend leaves the title's cells alone (the title overflows into them).
    expect(titleRow.slice(1, col("最新実績") - 1).every((c) => c === null)).toBe(true);
  });
});
