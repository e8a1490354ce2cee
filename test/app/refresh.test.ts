/**
 * The refresh use case over its port: a recording port (what the use case asks, in order), the Office.js port on
 * the recording fake, and the xlsx port on a real exceljs workbook. Both backends give the same plan for the same
 * workbook, and nothing is written when a check fails.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { officeRefreshPort } from "../../src/adapters/office/refresh-office";
import { xlsxRefreshPort } from "../../src/adapters/xlsx/refresh-book";
import { applyRefresh, previewRefresh, type RefreshSessionPort } from "../../src/app/refresh";
import { HISTORY_SHEET } from "../../src/refresh/history";
import type { RecordTableRead } from "../../src/app/record-tables";
import { CLOSED_COLUMNS, REVISION_COLUMNS } from "../../src/workbook/evaluation-columns";
import { yearKey } from "../../src/workbook/kpi-columns";
import type { WorkbookState } from "../../src/workbook/kpi-state";
import { refreshNotice } from "../../src/workbook/refresh-notice";
import { createFakeExcel, ensureCell } from "../support/fake-excel";
import { kpiCol } from "../support/layout";
import { emptyState, stateOfDataset } from "../refresh/support";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")),
);
const AT = "2026-11-24T01:00:00.000Z";
const HISTORY = { at: AT, who: "u", source: "next.json" };

/** The dataset one version on: the second indicator gone, the first one's 2023 actual new. */
function nextDataset(): Dataset {
  const next: Dataset = structuredClone(bundled);
  next.datasetVersion = "1.1.0";
  next.indicators.splice(1, 1);
  next.indicators[0]!.actuals = [
    ...next.indicators[0]!.actuals.filter((a) => a.year !== 2023),
    { year: 2023, value: 5 },
  ];
  return next;
}

function recordingPort(
  state: WorkbookState | null,
  tables: Readonly<Record<string, RecordTableRead>> = {},
): RefreshSessionPort & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async readRecordTable(contract) {
      calls.push(`read ${contract.table}`);
      return tables[contract.table] ?? { kind: "missing" };
    },
    async appendRecordRows(contract, rows) {
      calls.push(`append ${rows.length} to ${contract.table}`);
      return { ok: true };
    },
    async updateRecordRows(contract, updates) {
      calls.push(`update ${updates.length} in ${contract.table}`);
      return { ok: true };
    },
    async setRowHeights(sheet, heights) {
      calls.push(`heights of ${heights.length} rows in ${sheet}`);
    },
    // No record tables here: the refresh of their columns is tested in refresh-record-columns.test.ts.
    readTableHeaders: async () => new Map(),
    hasRoomRight: async () => true,
    async addTableColumns(addition) {
      calls.push(`columns of ${addition.table}`);
    },
    async readKpi(layout) {
      calls.push(`read ${layout.firstYear}-${layout.lastYear}`);
      return state ? { ok: true, state } : { ok: false, problems: [refreshNotice("KpiSheetMissing")] };
    },
    async writeRefresh(change) {
      calls.push(`write ${change.plan.rows.length} rows, ${change.history.source}`);
    },
  };
}

describe("the refresh use case", () => {
  test("reads with the dataset's plan period, merges, and writes only on apply", async () => {
    const port = recordingPort(stateOfDataset(bundled));
    const preview = await previewRefresh(port, { dataset: nextDataset(), date: "2026-11-24" });
    expect(preview.ok && preview.plan.retired).toEqual([bundled.indicators[1]!.id]);
    // 「確認事項」 is read on every refresh (the dataset's verification notes); missing here, so nothing is merged.
    expect(port.calls).toEqual(["read 2020-2027", "read 確認事項"]);
    const applied = await applyRefresh(port, { dataset: nextDataset(), history: HISTORY });
    expect(applied.ok).toBe(true);
    expect(port.calls).toEqual([
      "read 2020-2027",
      "read 確認事項",
      "read 2020-2027",
      "read 確認事項",
      `write ${bundled.indicators.length} rows, next.json`,
    ]);
  });

  test("a failed read or merge, or a plan that changed since the preview, writes nothing", async () => {
    const gone = recordingPort(null);
    expect(await applyRefresh(gone, { dataset: bundled, history: HISTORY })).toEqual({
      ok: false,
      stage: "read",
      problems: [expect.objectContaining({ code: "KpiSheetMissing" })],
    });
    const broken = emptyState([]);
    const damaged = recordingPort({ ...broken, columns: { ...broken.columns, id: undefined } });
    expect(await applyRefresh(damaged, { dataset: bundled, history: HISTORY })).toEqual(
      expect.objectContaining({ ok: false, stage: "merge" }),
    );
    const changed = recordingPort(stateOfDataset(bundled));
    expect(await applyRefresh(changed, { dataset: bundled, history: HISTORY, expect: () => false })).toEqual({
      ok: false,
      stage: "merge",
      problems: [expect.objectContaining({ code: "ChangedSincePreview" })],
    });
    expect([...gone.calls, ...damaged.calls, ...changed.calls].filter((c) => c.startsWith("write"))).toEqual([]);
  });

  test("reads 「指標見直し」 and 「評価履歴」 only for a dataset with revisions, and appends after the write", async () => {
    const withRevisions: Dataset = {
      ...nextDataset(),
      revisions: [{ indicatorId: bundled.indicators[0]!.id, target: 1, fromYear: 2026, reason: "見直し" }],
    };
    const ledger = {
      kind: "table" as const,
      headers: REVISION_COLUMNS.map((c) => c.header),
      rows: [REVISION_COLUMNS.map(() => null)],
      firstRow: 2,
    };
    const port = recordingPort(stateOfDataset(bundled), { 指標見直し: ledger, 評価履歴: { ...ledger, headers: [] } });
    // 「評価履歴」 without its headers cannot be read: no closed years known, nothing added, and the notice says why.
    const refused = await applyRefresh(port, { dataset: withRevisions, history: HISTORY });
    expect(refused.ok && refused.plan.notices.map((n) => n.code)).toContain("RevisionsNotMerged");
    expect(port.calls.filter((c) => c.startsWith("append"))).toEqual([]);

    const fine = recordingPort(stateOfDataset(bundled), { 指標見直し: ledger });
    // 「評価履歴」 missing and not added by this refresh: refused too (its closed years are unknown).
    const missing = await previewRefresh(fine, { dataset: withRevisions, date: "2026-11-24" });
    expect(missing.ok && missing.plan.notices.map((n) => n.code)).toContain("RevisionsTableMissing");

    const closed = { kind: "table" as const, headers: CLOSED_COLUMNS.map((c) => c.header), rows: [], firstRow: 2 };
    const good = recordingPort(stateOfDataset(bundled), { 指標見直し: ledger, 評価履歴: closed });
    const preview = await previewRefresh(good, { dataset: withRevisions, date: "2026-11-24" });
    expect(preview.ok && preview.revisions.add.length).toBe(1);
    expect(good.calls).toEqual(["read 2020-2027", "read 指標見直し", "read 評価履歴", "read 確認事項"]);
    await applyRefresh(good, { dataset: withRevisions, history: HISTORY });
    expect(good.calls.slice(4)).toEqual([
      "read 2020-2027",
      "read 指標見直し",
      "read 評価履歴",
      "read 確認事項",
      `write ${bundled.indicators.length} rows, next.json`, // the retired row stays
      "append 1 to 指標見直し",
    ]);

    const none = recordingPort(stateOfDataset(bundled));
    await applyRefresh(none, { dataset: nextDataset(), history: HISTORY });
    expect(
      none.calls.filter((c) => !c.startsWith("read 2020") && c !== "read 確認事項" && !c.startsWith("write")),
    ).toEqual([]);
  });

  test("the Office.js port (recording fake) and the xlsx port (exceljs) give the same plan and both write it", async () => {
    const plan = buildWorkbookPlan(bundled, { builtAt: new Date(AT) });
    const excel = createFakeExcel();
    const built = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
    if (!built.ok) throw new Error("build failed");
    const first = bundled.indicators[0]!.id;
    ensureCell(excel.fake.state.sheet("KPI一覧"), 4, kpiCol(yearKey(2024))).value = 321;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookXlsx(plan)) as unknown as ArrayBuffer);
    wb
      .getWorksheet("KPI一覧")!
      .getRow(4)
      .getCell(kpiCol(yearKey(2024))).value = 321;

    const office = officeRefreshPort(excel.context);
    const xlsx = xlsxRefreshPort(wb);
    const input = { dataset: nextDataset(), history: HISTORY };
    const [a, b] = [await applyRefresh(office, input), await applyRefresh(xlsx, input)];
    if (!a.ok || !b.ok) throw new Error("refresh failed");
    const summary = (p: typeof a.plan) => ({
      rows: p.rows.map((r) => [r.id, r.status, r.sheetRow]),
      retired: p.retired,
      filled: p.filled,
      conflicts: p.conflicts,
      restored: p.restored,
      notices: p.notices,
    });
    expect(summary(a.plan)).toEqual(summary(b.plan));
    expect(a.plan.filled).toEqual([{ id: first, year: 2023, value: 5 }]);
    expect(office.syncs()).toBeGreaterThan(0);
    expect(office.requestBytes.length).toBeGreaterThan(0);
    expect(excel.fake.state.sheets.map((s) => s.name)).toContain(HISTORY_SHEET);
    expect(wb.getWorksheet(HISTORY_SHEET)?.getRow(2).getCell(3).value).toBe("next.json");
  });
});
