/** The shape of the plan, checked against the spec independently of the golden files. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema } from "../../src/domain/dataset/schema";
import { GRADES } from "../../src/domain/status";
import { KPI_ROWS, yearKey } from "../../src/workbook/kpi-columns";
import { valueFormat } from "../../src/plan/formats";
import { japanTime, SUMMARY_HEADER_ROW } from "../../src/plan/summary-sheet";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/plan/types";
import { loadFixture } from "./plan-readback";
import { DETAIL_HEADERS, KPI_COLUMNS, kpiCol, kpiLetter } from "../support/layout";

const builtAt = new Date("2026-11-24T09:00:00Z");
const mixed = loadFixture("mixed");
const plan = buildWorkbookPlan(mixed, { builtAt });
const sheet = (p: WorkbookPlan, name: string): SheetPlan => {
  const s = p.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const kpi = sheet(plan, "KPI一覧");
const headers = (kpi.rows[KPI_ROWS.header - 1] ?? []).map((c) => c?.value);
const cellOf = (id: string, header: string): CellPlan | null | undefined => {
  const row = kpi.rows.find((r) => r[0]?.value === id);
  return row?.[headers.indexOf(header)];
};

describe("KPI一覧", () => {
  it("has the contract headers, the year columns named 令和N年度(YYYY) 2020–2027", () => {
    for (const h of [
      "ID",
      "基本目標",
      "施策",
      "区分",
      "指標名",
      "単位",
      "基準値",
      "基準年度",
      "目標値",
      "目標年度",
      "方向",
      "判定基準値",
      "判定基準年度",
      "要確認",
      "最新実績",
      "実績年度",
      "達成率",
      "期待進捗",
      "評価",
      "年度/暦年",
    ]) {
      expect(headers).toContain(h);
    }
    const years = headers.filter((h) => typeof h === "string" && /年度\(\d{4}\)$/.test(h));
    expect(years).toEqual([
      "令和2年度(2020)",
      "令和3年度(2021)",
      "令和4年度(2022)",
      "令和5年度(2023)",
      "令和6年度(2024)",
      "令和7年度(2025)",
      "令和8年度(2026)",
      "令和9年度(2027)",
    ]);
    // Member-first (issue #13): the verdict beside the name, before the year inputs; the definition details after them.
    expect(headers.slice(0, 17)).toEqual([
      "ID",
      "指標名",
      "区分",
      "単位",
      "基準値",
      "目標値",
      "最新実績",
      "実績年度",
      "達成率",
      "期待進捗",
      "評価",
      "前回評価",
      "必要値",
      "見込み",
      "見込み評価",
      "適用目標値",
      "適用目標年度",
    ]);
    expect(headers.indexOf("令和2年度(2020)")).toBe(17);
    expect(headers.slice(headers.indexOf("令和9年度(2027)") + 1)).toEqual([...DETAIL_HEADERS, "意見数", "未対応意見"]);
  });

  it("holds one row per indicator in dataset order, as the table KPI with filter buttons", () => {
    const ids = kpi.rows.slice(KPI_ROWS.firstData - 1).map((r) => r[0]?.value);
    expect(ids).toEqual(mixed.indicators.map((i) => i.id));
    const lastRow = KPI_ROWS.header + mixed.indicators.length;
    // AL: the 36 plan columns + 意見数 and 未対応意見 (src/plan/comments-sheets.ts)
    const width = KPI_COLUMNS.length + 2;
    const lastCol = String.fromCharCode(64 + (width - 26));
    expect(KPI_COLUMNS.length).toBe(36);
    expect(kpi.tables).toEqual([
      { name: "KPI", range: `A3:A${lastCol}${lastRow}`, style: expect.any(String), showFilterButton: true },
    ]);
    for (const r of kpi.rows.slice(KPI_ROWS.header - 1)) expect(r).toHaveLength(width);
    expect(kpi.columns).toHaveLength(width);
  });

  it("freezes the header row and the ID/指標名 columns", () => {
    expect(kpi.freeze).toEqual({ rows: 3, columns: 2 });
    expect(headers.slice(0, 2)).toEqual(["ID", "指標名"]);
  });

  it("shows parts, directions, judgement bases and the year basis", () => {
    expect(cellOf("2-1-K1-5", "指標名")?.value).toBe("健康寿命（男性）");
    expect(cellOf("2-1-K1-1", "方向")?.value).toBe("維持(以下)");
    expect(cellOf("2-1-K1-4", "方向")?.value).toBe("維持(全日)");
    expect(cellOf("1-1-K1-2", "方向")?.value).toBe("減少");
    // Reference (令和4年度 655人) shown as the judgement base; the printed baseline stays in 基準値.
    expect([
      cellOf("2-1-K1-3", "基準値")?.value,
      cellOf("2-1-K1-3", "判定基準値")?.value,
      cellOf("2-1-K1-3", "判定基準年度")?.value,
    ]).toEqual([828, 655, 2022]);
    expect(cellOf("1-1-K1-2", "年度/暦年")?.value).toBe("暦年");
    // The year reads as the year headers do, 和暦 with the western year; the cell keeps the number.
    expect(cellOf("1-1-K1-2", "目標年度")?.numberFormat).toBe('[=2027]"令和9年(2027)";0"年"');
    expect(cellOf("1-1-N1", "目標年度")?.numberFormat).toBe('[=2027]"令和9年度(2027)";0"年度"');
    expect(cellOf("1-1-N1", "目標年度")?.value).toBe(2027);
    // No target: blank 目標値, reason in 注記.
    expect(cellOf("2-1-K1-5", "目標値")?.value).toBeNull();
    expect(String(cellOf("2-1-K1-5", "注記")?.value)).toContain("設定予定");
    // No baseline: printed 「－」 in 基準値, blank judgement base.
    expect([cellOf("2-1-K1-2", "基準値")?.value, cellOf("2-1-K1-2", "判定基準値")?.value]).toEqual(["－", null]);
    // 要確認 is a formula against the staff sheet 「確認事項」 (issue #13); the reading and reason are not in 注記, which
    // the fixture's 1-1-K1-3 has nothing else for.
    expect(cellOf("1-1-K1-3", "要確認")?.formula).toMatch(/^=IF\(COUNTIFS\('確認事項'!/);
    expect(cellOf("1-1-K1-3", "注記")?.value).toBeNull();
    expect(cellOf("1-1-N1", "要確認")?.formula).toBeUndefined();
    expect(cellOf("1-1-N1", "要確認")?.value).toBeNull();
  });

  it("formats values by unit and printed decimals, the same for inputs and formulas", () => {
    // 94.6% is stored as 94.6: a literal % sign, one decimal.
    expect(cellOf("2-1-N1", "基準値")).toMatchObject({ value: 94.6, numberFormat: '#,##0.0"%"' });
    expect(cellOf("2-1-N1", "令和6年度(2024)")).toMatchObject({
      value: 96.8,
      numberFormat: '#,##0.0"%"',
      style: "input",
    });
    expect(cellOf("2-1-N1", "最新実績")).toMatchObject({ numberFormat: '#,##0.0"%"', style: "formula" });
    expect(cellOf("1-1-N1", "目標値")?.numberFormat).toBe("#,##0");
    expect(valueFormat("歳", 2)).toBe("#,##0.00");
    // A negative rate reads 「基準値より悪化」 in red; the cell keeps the number (issue #13).
    expect(cellOf("1-1-N1", "達成率")?.numberFormat).toBe('0.0%;[Red]"基準値より悪化";0.0%');
    expect(cellOf("1-1-N1", "期待進捗")?.numberFormat).toBe("0.0%");
  });

  it("makes every year cell an input and every computed cell a formula", () => {
    for (const r of kpi.rows.slice(KPI_ROWS.firstData - 1)) {
      KPI_COLUMNS.forEach((c, i) => {
        const cell = r[i];
        if (c.kind === "input") expect(cell?.style).toBe("input");
        if (c.kind === "formula") expect([cell?.style, cell?.formula?.startsWith("=")]).toEqual(["formula", true]);
        // 要確認 is the dataset's mark, written as a formula against 「確認事項」 (test/plan/verification-sheet.test.ts).
        if (c.kind === "definition" && c.key !== "verification") expect(cell?.formula).toBeUndefined();
      });
    }
  });

  it("keeps formulas in the shared dialect: same-row references, no structured refs, Excel-2010 functions", () => {
    const formulas = plan.sheets.flatMap((s) =>
      s.rows.flatMap((r) => r.flatMap((c) => (c?.formula ? [c.formula] : []))),
    );
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) {
      expect(f).not.toMatch(/\b(LET|LAMBDA|XLOOKUP|IFS|MAXIFS|MINIFS|TEXT|FILTER|SORT|UNIQUE|AGGREGATE|LOOKUP)\(/);
      expect(f).not.toMatch(/[[\]@]/);
    }
    // Row 5's formulas refer to row 5 (and to the years row 2), never to another data row.
    const row5 = kpi.rows[4] ?? [];
    for (const c of row5) {
      if (!c?.formula) continue;
      const rows = [...c.formula.matchAll(/\$?[A-Z]{1,2}\$?(\d+)/g)].map((m) => Number(m[1]));
      expect(new Set(rows.filter((n) => n !== 2))).toEqual(new Set([5]));
    }
  });

  it("validates the year inputs as decimals with a Japanese message", () => {
    const first = kpiLetter(yearKey(2020));
    const last = kpiLetter(yearKey(2027));
    expect(kpi.validations).toEqual([
      expect.objectContaining({
        kind: "decimal",
        range: `${first}4:${last}${3 + mixed.indicators.length}`,
        error: expect.stringMatching(/数値を入力/),
      }),
    ]);
  });

  it("plans a 0–100 % data bar on 達成率, a fill per grade and the due highlight", () => {
    const n = 3 + mixed.indicators.length;
    expect(kpi.conditionalFormats).toContainEqual({
      kind: "dataBar",
      range: `I4:I${n}`,
      min: 0,
      max: 1,
      color: expect.any(String),
    });
    const fills = kpi.conditionalFormats.filter((c) => c.kind === "expression" && c.range === `K4:K${n}`);
    expect(fills.map((c) => (c.kind === "expression" ? c.formula : ""))).toEqual(
      GRADES.filter((g) => g.fill).map((g) => `=$K4="${g.grade}"`),
    );
    expect(kpi.conditionalFormats).toContainEqual(
      expect.objectContaining({ kind: "expression", range: `R4:Y${n}`, formula: '=AND(R$2=評価年度,R4="",$F4<>"")' }),
    );
    expect(kpiLetter("target")).toBe("F");
    expect(kpiCol("progress")).toBe(9);
  });

  it("groups the KPI rows of each 基本目標 so that collapsing leaves the 数値目標", () => {
    // mixed: 1-1-N1 (row 4), three 1-1 KPIs (5–7), 2-1-N1 (8), five 2-1 KPIs (9–13)
    expect(kpi.rowGroups).toEqual([
      { from: 5, to: 7 },
      { from: 9, to: 13 },
    ]);
  });
});

describe("設定", () => {
  const settings = sheet(plan, "設定");
  it("defines 評価年度 and 順調閾値 as named input cells with explanations and validation", () => {
    expect(plan.names.map((n) => [n.name, n.sheet, n.address])).toEqual([
      ["評価年度", "設定", "$B$4"],
      ["順調閾値", "設定", "$B$5"],
    ]);
    expect(settings.rows[3]?.[1]).toMatchObject({ value: 2025, style: "input" }); // 2026-11-24 is in FY2026 → 2025 completed
    expect(settings.rows[4]?.[1]).toMatchObject({ value: 1, style: "input" });
    expect(String(settings.rows[3]?.[2]?.value)).toMatch(/年度/);
    expect(settings.validations.map((v) => v.range)).toEqual(["B4", "B5"]);
  });
  it("defaults 評価年度 to the last completed fiscal year and accepts an explicit one", () => {
    const at = (iso: string, evaluationYear?: number) =>
      sheet(buildWorkbookPlan(mixed, { builtAt: new Date(iso), evaluationYear }), "設定").rows[3]?.[1]?.value;
    expect(at("2025-03-31T12:00:00Z")).toBe(2023); // FY2024 still running
    expect(at("2025-04-01T12:00:00Z")).toBe(2024);
    expect(at("2025-04-01T12:00:00Z", 2022)).toBe(2022);
    // Kept within the year columns 2020–2027: FY2030 running → 2029 completed → 2027; FY2019 running → 2020.
    expect(at("2030-06-01T12:00:00Z")).toBe(2027);
    expect(at("2019-06-01T12:00:00Z")).toBe(2020);
  });
  it("explains every grade in Japanese", () => {
    const texts = settings.rows.map((r) => r[0]?.value);
    for (const g of GRADES) expect(texts).toContain(g.grade);
  });
});

describe("概要 and metadata", () => {
  const summary = sheet(plan, "概要");
  it("counts per 基本目標 with COUNTIFS and charts the counts as stacked columns", () => {
    const labels = summary.rows.map((r) => r[0]?.value);
    expect(labels).toEqual(
      expect.arrayContaining(["1-1 安定した雇用の創出", "2-1 結婚・出産・子育ての希望の実現", "合計"]),
    );
    const formulas = summary.rows.flatMap((r) => r.flatMap((c) => (c?.formula ? [c.formula] : [])));
    // The grade counts read 「KPI一覧」 (the 外的要因 count above them reads 「評価」: test/plan/evaluation-sheets.test.ts).
    // Per 区分 (数値目標, KPI, both), per sub-goal and in total; the C/D list's formulas start otherwise.
    const gradeCounts = formulas.filter((f) => f.startsWith("=COUNTIFS('KPI一覧'!"));
    expect(gradeCounts.length).toBe(GRADES.length * (3 + mixed.subGoals.length + 1));
    expect(summary.charts).toEqual([
      expect.objectContaining({
        kind: "columnStacked",
        sourceRange: `A${SUMMARY_HEADER_ROW}:G${SUMMARY_HEADER_ROW + mixed.subGoals.length}`,
        seriesColors: GRADES.map((g) => g.chartColor),
      }),
    ]);
  });
  it("records versions and when it was built", () => {
    expect(plan.metadata).toEqual({
      planVersion: "1.3.0",
      datasetVersion: "0.1.0",
      datasetDate: "2026-11-24",
      builtAt: "2026-11-24T09:00:00.000Z",
    });
    expect(japanTime("2026-11-24T15:30:00.000Z")).toBe("2026-11-25 00:30（日本時間）");
    const texts = summary.rows.flatMap((r) => r.map((c) => c?.value));
    expect(texts).toContain("0.1.0（2026-11-24）");
  });
});

describe("bundled dataset (seeds/kpi-dataset.json)", () => {
  const dataset = datasetSchema.parse(
    JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")),
  );
  const bundled = sheet(buildWorkbookPlan(dataset, { builtAt }), "KPI一覧");
  it("has one KPI row per indicator, every id once, in dataset order", () => {
    const ids = bundled.rows.slice(KPI_ROWS.firstData - 1).map((r) => r[0]?.value);
    expect(ids).toEqual(dataset.indicators.map((i) => i.id));
    expect(new Set(ids).size).toBe(dataset.indicators.length);
    // 36 plan columns + 意見数 + 未対応意見 (comments-sheets.ts)
    expect(bundled.tables[0]?.range).toBe(`A3:AL${3 + dataset.indicators.length}`);
  });
});
