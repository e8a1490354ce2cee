/**
 * The 効果検証報告書 use case against both backends (the recording Office fake and a real exceljs workbook): a workbook
 * built for 評価年度 2025 from the minimal dataset, actuals typed into 「KPI一覧」, a 評価 entry and a 総括意見
 * saved, 2024 closed; the report read back as its open-data CSV. A workbook without the 効果検証 sheets still gets its
 * report, with a warning per missing sheet; no 「KPI一覧」 or a year outside the plan refuses.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { closeEvaluationYear } from "../../src/app/closing";
import { saveEvaluationEntry, saveSummaryOpinion } from "../../src/app/evaluation";
import { exportReport, loadReport } from "../../src/app/report";
import { validateDataset } from "../../src/domain/dataset/validate";
import type { Dataset } from "../../src/domain/dataset/schema";
import { REPORT_CSV_HEADERS } from "../../src/domain/evaluation/report-csv";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { BACKENDS, type Backend } from "../support/backends";

const DATASET: Dataset = (() => {
  const raw: unknown = JSON.parse(readFileSync(join(__dirname, "../fixtures/datasets/valid-minimal.json"), "utf8"));
  const v = validateDataset(raw);
  if (!v.ok) throw new Error("fixture dataset invalid");
  return v.dataset;
})();
const NOW = new Date("2026-06-01T01:00:00Z");
const EVALUATION_SHEETS = ["評価", "総括意見", "評価履歴", "指標見直し"];

async function built(maker: (typeof BACKENDS)[number], without: readonly string[] = []): Promise<Backend> {
  const b = maker.make();
  const plan = buildWorkbookPlan(DATASET, { builtAt: NOW, evaluationYear: 2025 });
  const refersToMissing = (formula: string | undefined): boolean =>
    formula !== undefined && without.some((name) => formula.includes(`'${name}'!`) || formula.includes(`${name}[`));
  const sheets = plan.sheets
    .filter((s) => !without.includes(s.name))
    .map((s) => ({
      ...s,
      rows: s.rows.map((row) => row.map((c) => (c && refersToMissing(c.formula) ? { value: null } : c))),
      conditionalFormats: s.conditionalFormats.filter((f) => f.kind !== "expression" || !refersToMissing(f.formula)),
    }));
  const applied = await b.port.applyPlan({ ...plan, sheets }, { replace: false });
  if (!applied.ok) throw new Error(JSON.stringify(applied));
  return b;
}

function typeActual(b: Backend, id: string, year: number, value: number): void {
  let column = 0;
  for (let c = 1; c < 80 && column === 0; c++) {
    if (String(b.cell("KPI一覧", KPI_ROWS.header, c) ?? "").endsWith(`(${year})`)) column = c;
  }
  for (let r = KPI_ROWS.firstData; r < KPI_ROWS.firstData + 20; r++) {
    if (b.cell("KPI一覧", r, 1) === id) return b.setCell("KPI一覧", r, column, value);
  }
  throw new Error(`no row ${id}`);
}

/** The CSV's rows as records by header (no field in these fixtures holds a comma or a quote). */
function csvRecords(csv: string): Record<string, string>[] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const [head, ...rows] = csv
    .slice(1)
    .split("\r\n")
    .filter((l) => l !== "");
  expect(head).toBe(REPORT_CSV_HEADERS.join(","));
  return rows.map((r) => Object.fromEntries(r.split(",").map((v, i) => [REPORT_CSV_HEADERS[i] as string, v])));
}

const stamp = { at: "2026-06-01T10:00:00+09:00", by: "企画課" };

describe.each(BACKENDS)("report on $name", (maker) => {
  it("reports a closed year's frozen values and an open year's live ones marked 暫定", async () => {
    const b = await built(maker);
    typeActual(b, "1-1-N1", 2023, 1590);
    typeActual(b, "1-1-N1", 2024, 1600);
    const saved = await saveEvaluationEntry(
      b.port,
      {
        year: 2024,
        indicatorId: "1-1-N1",
        analysis: "求人は回復",
        issues: "",
        direction: "継続",
        externalFactor: "",
        committeeGrade: "B 順調",
        committeeReason: "",
      },
      stamp,
    );
    expect(saved.ok).toBe(true);
    expect((await saveSummaryOpinion(b.port, { year: 2024, target: "全体", text: "概ね順調" }, stamp)).ok).toBe(true);
    const closed = await closeEvaluationYear(b.port, DATASET, { year: 2024, replace: false, by: "企画課", now: NOW });
    expect(closed.ok).toBe(true);
    typeActual(b, "1-1-N1", 2024, 1500); // after the close: the 2024 report keeps what was frozen
    typeActual(b, "1-1-N1", 2025, 1620);
    const reloaded = await maker.reloaded(b);

    const y2024 = await exportReport(reloaded.port, DATASET, { year: 2024, format: "csv", lang: "ja" });
    if (!y2024.ok) throw new Error(y2024.lines.join("\n"));
    expect(y2024.report.state).toBe("closed");
    expect(y2024.warnings).toEqual([]);
    const row2024 = csvRecords(y2024.file.data as string).find((r) => r.ID === "1-1-N1")!;
    expect([row2024.最新実績, row2024.実績年度, row2024.委員会評価, row2024.確定]).toEqual([
      "1600",
      "2024",
      "B 順調",
      "確定",
    ]);
    expect(row2024.今後の方向性).toBe("継続");
    expect(y2024.report.overallOpinion).toBe("概ね順調");
    expect(y2024.file.fileName).toBe("効果検証報告書_2024.csv");

    const y2025 = await exportReport(reloaded.port, DATASET, { year: 2025, format: "csv", lang: "ja" });
    if (!y2025.ok) throw new Error(y2025.lines.join("\n"));
    expect(y2025.report.state).toBe("provisional");
    const row2025 = csvRecords(y2025.file.data as string).find((r) => r.ID === "1-1-N1")!;
    expect([row2025.最新実績, row2025.実績年度, row2025.確定]).toEqual(["1620", "2025", "暫定"]);
  }, 60_000);

  it("builds a workbook's report from what is there when the 効果検証 sheets are missing, naming each", async () => {
    const b = await built(maker, EVALUATION_SHEETS);
    typeActual(b, "1-1-N1", 2025, 1610);
    const r = await loadReport(b.port, DATASET, { year: 2025, lang: "ja" });
    if (!r.ok) throw new Error(r.lines.join("\n"));
    expect(r.warnings).toHaveLength(4);
    for (const sheet of EVALUATION_SHEETS) expect(r.warnings.join("\n")).toContain(`シート「${sheet}」`);
    expect(r.report.goals[0]!.indicators.find((i) => i.id === "1-1-N1")!.latest).toBe(1610);
  }, 60_000);

  it("refuses a year outside the plan, naming the plan's years", async () => {
    const b = await built(maker);
    const r = await loadReport(b.port, DATASET, { year: 2031, lang: "ja" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.lines).toEqual([expect.stringContaining("令和2年度(2020)〜令和9年度(2027)")]);
  }, 60_000);

  it("refuses a workbook without 「KPI一覧」 in one line", async () => {
    const b = await built(maker, ["KPI一覧"]);
    const r = await loadReport(b.port, DATASET, { year: 2025, lang: "ja" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.lines).toEqual([expect.stringContaining("「KPI」")]);
  }, 60_000);
});
