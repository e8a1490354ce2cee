/** createWorkbook against both backends: the same plan, the same outcomes, the same refusals. */
import { METADATA_SHEET } from "../../src/workbook/metadata";
import { createWorkbook, workbookPlanFor } from "../../src/app/create-workbook";
import { COMMENTS_SHEET, MEMBERS_SHEET } from "../../src/workbook/comment-columns";
import { EVALUATION_YEAR_NAME, KPI_SHEET, KPI_TABLE } from "../../src/workbook/names";
import { BACKENDS, type Backend } from "../support/backends";
import { mixedDataset } from "../fixtures/comments/workbook";

const BUILT_AT = new Date("2026-11-24T00:00:00Z");
const OPTIONS = { builtAt: BUILT_AT, evaluationYear: 2024 } as const;

/** The values of column `column` of KPI一覧 below the header cell "ID" (found, not assumed). */
function kpiIds(b: Backend): unknown[] {
  let header = 1;
  while (header < 20 && b.cell(KPI_SHEET, header, 1) !== "ID") header++;
  const ids: unknown[] = [];
  for (let row = header + 1; ; row++) {
    const v = b.cell(KPI_SHEET, row, 1);
    if (v === null || v === undefined || v === "") return ids;
    ids.push(v);
  }
}

describe.each(BACKENDS)("createWorkbook through the $name port", (backend) => {
  const dataset = mixedDataset();
  const plan = workbookPlanFor(dataset, OPTIONS);

  it("writes the plan's sheets, names, tables, cells and metadata, and says which", async () => {
    const b = backend.make();
    const steps: string[] = [];
    const result = await createWorkbook(b.port, dataset, { ...OPTIONS, onProgress: (p) => steps.push(p.step) });
    expect(result).toMatchObject({ ok: true, sheets: plan.sheets.map((s) => s.name), skipped: [] });
    expect(steps[steps.length - 1]).toBe("finish");
    const again = await backend.reloaded(b);
    // The plan's sheets, then the metadata's very hidden sheet (issue #11).
    expect(again.sheets().filter((s) => s !== "Sheet1")).toEqual([...plan.sheets.map((s) => s.name), METADATA_SHEET]);
    expect(again.tableNames().sort()).toEqual(plan.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort());
    expect(again.named(EVALUATION_YEAR_NAME)).toBe(2024);
    expect(kpiIds(again)).toEqual(dataset.indicators.map((i) => i.id));
    const meta = again.metadata();
    expect(meta.ok && meta.metadata).toEqual({
      planVersion: plan.metadata.planVersion,
      datasetVersion: dataset.datasetVersion,
      datasetDate: dataset.datasetDate,
      builtAt: BUILT_AT.toISOString(),
    });
  });

  it("refuses a second build, naming every sheet, name and table in the way, and changes nothing", async () => {
    const b = backend.make();
    await createWorkbook(b.port, dataset, OPTIONS);
    const before = b.sheets();
    const result = await createWorkbook(b.port, dataset, { ...OPTIONS, builtAt: new Date("2027-01-01T00:00:00Z") });
    expect(result.ok === false && result.code).toBe("SheetsExist");
    if (result.ok || result.code !== "SheetsExist") return;
    expect([...result.sheets].sort()).toEqual(plan.sheets.map((s) => s.name).sort());
    expect([...result.names].sort()).toEqual(plan.names.map((n) => n.name).sort());
    expect([...result.tables].sort()).toEqual(plan.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort());
    expect(b.sheets()).toEqual(before);
    expect(b.metadata().ok && (b.metadata() as { metadata: { builtAt: string } }).metadata.builtAt).toBe(
      BUILT_AT.toISOString(),
    );
  });

  it("replaces when told to, keeping the committee's record (委員名簿/会議/委員意見) it found", async () => {
    const b = backend.make();
    await createWorkbook(b.port, dataset, OPTIONS);
    b.setCell(MEMBERS_SHEET, 200, 1, "the record stays");
    const refused = await createWorkbook(b.port, dataset, OPTIONS);
    const existingSheets = !refused.ok && refused.code === "SheetsExist" ? refused.sheets : [];
    const rebuiltAt = new Date("2027-01-01T00:00:00Z");
    const result = await createWorkbook(b.port, dataset, {
      ...OPTIONS,
      builtAt: rebuiltAt,
      replace: true,
      existingSheets,
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.sheets).not.toContain(COMMENTS_SHEET);
    const again = await backend.reloaded(b);
    expect(again.cell(MEMBERS_SHEET, 200, 1)).toBe("the record stays");
    // every sheet once, the KPI table once, the names rewritten
    const names = again.sheets().filter((s) => s !== "Sheet1");
    expect([...names].sort()).toEqual([...plan.sheets.map((s) => s.name), METADATA_SHEET].sort());
    expect(again.tableNames().filter((t) => t === KPI_TABLE)).toHaveLength(1);
    expect(again.named(EVALUATION_YEAR_NAME)).toBe(2024);
    expect(kpiIds(again)).toEqual(dataset.indicators.map((i) => i.id));
    const meta = again.metadata();
    expect(meta.ok && meta.metadata.builtAt).toBe(rebuiltAt.toISOString());
  });
});
