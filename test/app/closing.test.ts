/**
 * Closing a 評価年度, the closed history and revising a target, against both backends (the recording Office fake and
 * a real exceljs workbook, saved and loaded again before each read-back). A workbook is built from a small dataset,
 * actuals are typed into 「KPI一覧」, and every refusal is checked to write nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { closeEvaluationYear, listClosed } from "../../src/app/closing";
import { failureLines } from "../../src/app/evaluation-reads";
import { reviseTarget, type ReviseOptions } from "../../src/app/revisions";
import { validateDataset } from "../../src/domain/dataset/validate";
import type { Dataset } from "../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { CLOSED_CONTRACT, EVALUATION_CONTRACT, REVISIONS_CONTRACT } from "../../src/workbook/evaluation-columns";
import { readClosedRecords } from "../../src/workbook/closed-rows";
import { readRevisions } from "../../src/workbook/revision-rows";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { BACKENDS, type Backend } from "../support/backends";

const DATASET: Dataset = (() => {
  const raw: unknown = JSON.parse(readFileSync(join(__dirname, "../fixtures/datasets/valid-minimal.json"), "utf8"));
  const v = validateDataset(raw);
  if (!v.ok) throw new Error("fixture dataset invalid");
  return v.dataset;
})();
const NOW = new Date("2026-06-01T01:00:00Z");
const LATER = new Date("2026-07-01T01:00:00Z");

/** Built for 評価年度 2025, optionally without some sheets (a workbook built before them). */
async function built(maker: (typeof BACKENDS)[number], without: readonly string[] = []): Promise<Backend> {
  const b = maker.make();
  const plan = buildWorkbookPlan(DATASET, { builtAt: NOW, evaluationYear: 2025 });
  // A formula or rule on a sheet left out would not be there either (the workbook is older than the sheet).
  const refersToMissing = (formula: string | undefined): boolean =>
    formula !== undefined && without.some((name) => formula.includes(`'${name}'!`));
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

/** Types `value` into 「KPI一覧」's year column of `year` on the row of `id`. */
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

async function history(b: Backend) {
  const t = await b.port.readRecordTable(CLOSED_CONTRACT);
  if (t.kind !== "table") throw new Error("no 評価履歴");
  return readClosedRecords(t);
}

async function ledger(b: Backend) {
  const t = await b.port.readRecordTable(REVISIONS_CONTRACT);
  if (t.kind !== "table") throw new Error("no 指標見直し");
  return { read: readRevisions(t), rows: t.rows };
}

const close = (b: Backend, year: number, replace = false, now = NOW) =>
  closeEvaluationYear(b.port, DATASET, { year, replace, by: "企画課", now });

const revision = (over: Partial<ReviseOptions> = {}): ReviseOptions => ({
  indicatorId: "1-1-K2-2",
  value: 800,
  fromYear: 2026,
  reason: "計画改定",
  meeting: 2,
  now: NOW,
  ...over,
});

describe.each(BACKENDS)("closing a 評価年度 ($name)", (maker) => {
  it("freezes every indicator's values and grades as typed in 「KPI一覧」, as values", async () => {
    const b = await built(maker);
    typeActual(b, "1-1-K2-2", 2024, 670);
    typeActual(b, "1-1-N1", 2025, 1500);
    const closed = await close(b, 2024);
    if (!closed.ok) throw new Error(failureLines(closed.failure, "ja").join("\n"));
    const again = await maker.reloaded(b);
    const read = await history(again);
    expect(read.problems).toEqual([]);
    const records = read.records.map((r) => r.record);
    expect(records.map((r) => r.indicatorId)).toEqual(DATASET.indicators.map((i) => i.id));
    expect(records.find((r) => r.indicatorId === "1-1-K2-2")).toMatchObject({
      state: "確定",
      year: 2024,
      latest: 670,
      latestYear: 2024,
      target: 700,
      datasetVersion: DATASET.datasetVersion,
      closedAt: NOW.toISOString(),
      closedBy: "企画課",
    });
    // 2025's actual is after the closed year: not part of 2024's record.
    expect(records.find((r) => r.indicatorId === "1-1-N1")).toMatchObject({ latest: null, formulaGrade: "− 未評価" });
    expect(again.cell("評価履歴", 2, 1)).toBe(`2024|${DATASET.indicators[0]?.id}`);
    expect(records).toEqual(closed.records);
  });

  it("refuses a closed year without replace; replacing keeps the earlier records as 旧記録 without キー", async () => {
    const b = await built(maker);
    typeActual(b, "1-1-K2-2", 2024, 670);
    expect((await close(b, 2024)).ok).toBe(true);
    const before = (await history(b)).records;
    const refused = await close(b, 2024);
    expect(!refused.ok && failureLines(refused.failure, "ja")).toEqual([
      expect.stringMatching(/^year: 令和6年度\(2024\)は既に確定しています/),
    ]);
    expect((await history(b)).records).toEqual(before);
    typeActual(b, "1-1-K2-2", 2024, 690);
    const replaced = await close(b, 2024, true, LATER);
    expect(replaced.ok && replaced.superseded).toBe(DATASET.indicators.length);
    const after = await history(await maker.reloaded(b));
    expect(after.problems).toEqual([]);
    const rows = after.records.map((r) => r.record);
    expect(rows.filter((r) => r.state === "旧記録")).toEqual(before.map((r) => ({ ...r.record, state: "旧記録" })));
    expect(rows.filter((r) => r.state === "確定").find((r) => r.indicatorId === "1-1-K2-2")?.latest).toBe(690);
    const list = await listClosed(b.port, "1-1-K2-2");
    expect(list.ok && list.records.map((r) => [r.state, r.latest])).toEqual([
      ["確定", 690],
      ["旧記録", 670],
    ]);
  });

  it("refuses a year after 評価年度 and outside the plan, writing nothing", async () => {
    const b = await built(maker);
    const later = await close(b, 2026);
    const outside = await close(b, 2040);
    expect(!later.ok && failureLines(later.failure, "en")).toEqual([
      expect.stringContaining("after the workbook's 評価年度 (2025)"),
    ]);
    expect(!outside.ok && failureLines(outside.failure, "ja")).toEqual([
      "year: 評価年度 令和22年度(2040)は計画期間（令和2年度(2020)〜令和9年度(2027)）の外です。",
    ]);
    expect((await history(b)).records).toEqual([]);
  });

  it("freezes the year's 委員会評価 (as 「評価」 normalises it) and 外的要因", async () => {
    const b = await built(maker);
    const cells = { committeeGrade: { value: "B" }, externalFactor: { value: "感染症の影響" } };
    const written = await b.port.updateRecordRows(EVALUATION_CONTRACT, [
      { key: { year: 2025, indicatorId: "1-1-K2-2" }, cells },
    ]);
    expect(written.ok).toBe(true);
    const closed = await close(b, 2025);
    expect(closed.ok && closed.records.find((r) => r.indicatorId === "1-1-K2-2")).toMatchObject({
      committeeGrade: "B 順調",
      externalFactor: "感染症の影響",
    });
    const read = (await history(await maker.reloaded(b))).records.map((r) => r.record);
    expect(read.find((r) => r.indicatorId === "1-1-K2-2")?.committeeGrade).toBe("B 順調");
  });

  it("sets 「評価履歴」 and 「指標見直し」 up in a workbook built before them", async () => {
    const b = await built(maker, ["評価履歴", "指標見直し"]);
    expect(b.sheets()).not.toContain("評価履歴");
    const closed = await close(b, 2025);
    expect(closed.ok).toBe(true);
    expect(b.sheets()).toEqual(expect.arrayContaining(["評価履歴", "指標見直し"]));
    expect((await history(await maker.reloaded(b))).records).toHaveLength(DATASET.indicators.length);
  });
});

describe.each(BACKENDS)("revising a target ($name)", (maker) => {
  it("appends the revision with the original target from 「KPI一覧」 and the 適用中 formula", async () => {
    const b = await built(maker);
    const revised = await reviseTarget(b.port, DATASET, revision());
    if (!revised.ok) throw new Error(failureLines(revised.failure, "ja").join("\n"));
    const again = await maker.reloaded(b);
    const { read } = await ledger(again);
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => r.record)).toEqual([
      {
        indicatorId: "1-1-K2-2",
        name: expect.any(String),
        originalTarget: 700,
        originalTargetYear: 2027,
        revisedTarget: 800,
        revisedTargetYear: null,
        fromYear: 2026,
        reason: "計画改定",
        meeting: 2,
        recordedAt: NOW.toISOString(),
      },
    ]);
    expect(revised.revision).toEqual(read.records[0]?.record);
  });

  it("fills the blank row of an empty ledger with the first revision (its 適用中 formula does not make it a row)", async () => {
    const b = await built(maker);
    const revised = await reviseTarget(b.port, DATASET, revision());
    if (!revised.ok) throw new Error(failureLines(revised.failure, "ja").join("\n"));
    const again = await maker.reloaded(b);
    const { read, rows } = await ledger(again);
    expect(rows).toHaveLength(1);
    expect(read.records.map((r) => r.index)).toEqual([0]);
    expect(again.cell(REVISIONS_CONTRACT.sheet, 2, 1)).toBe("1-1-K2-2");
  });

  it("refuses a revision from a closed year, a duplicate, an unknown id and a non-number, writing nothing", async () => {
    const b = await built(maker);
    expect((await close(b, 2024)).ok).toBe(true);
    expect((await reviseTarget(b.port, DATASET, revision())).ok).toBe(true);
    const before = (await ledger(b)).rows;
    const at = "指標見直し 2行目";
    const attempts = [
      revision({ fromYear: 2024 }),
      revision(),
      revision({ indicatorId: "9-9-K9-9", fromYear: 2027 }),
      revision({ value: "たくさん", fromYear: 2027 }),
    ];
    const lines: string[][] = [];
    for (const a of attempts) {
      const r = await reviseTarget(b.port, DATASET, a);
      lines.push(r.ok ? [] : failureLines(r.failure, "ja"));
    }
    expect(lines).toEqual([
      [expect.stringMatching(/^fromYear: 適用開始年度 令和6年度\(2024\)の見直しは、確定済みの令和6年度\(2024\)/)],
      [`fromYear: 指標「1-1-K2-2」には適用開始年度 令和8年度(2026)の見直しが既にあります（${at}）。`],
      ["indicatorId: 指標ID「9-9-K9-9」は「KPI一覧」にありません。"],
      ["revisedTarget: 改定目標値は数値にしてください（「たくさん」）。"],
    ]);
    expect((await ledger(b)).rows).toEqual(before);
  });
});
