/**
 * Issue #11 (hostile run): refresh reported success on a workbook whose 「設定」 sheet, names 評価年度 / 順調閾値 or
 * 「委員意見」 sheet was deleted, and wrote a workbook full of #NAME? / #REF! (249 and 100 error cells once
 * LibreOffice recalculated). The refresh now rebuilds them from the plan and says so; LibreOffice finds no error cell
 * in any sheet of the refreshed workbook. Needs `soffice`; skipped with a reason only when it is missing.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { refreshXlsx } from "../../src/app/refresh-xlsx";
import { removeDefinedName } from "../../src/adapters/xlsx/exceljs-internals";
import { COMMENTS_SHEET } from "../../src/workbook/comment-columns";
import { EVALUATION_YEAR_NAME, KPI_SHEET, SETTINGS_SHEET, THRESHOLD_NAME } from "../../src/workbook/names";
import { noticeText } from "../../src/workbook/refresh-notice";
import { findSoffice, parseCsv, recalculateToCsv } from "../support/libreoffice";

const soffice = findSoffice();
if (!soffice) console.warn("skipping refresh repair LibreOffice test: `soffice` not found on PATH");
const describeLo = soffice ? describe : describe.skip;

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")),
);
const AT = "2026-11-24T01:00:00.000Z";
const ERROR = /^(#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

async function damaged(damage: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbookXlsx(buildWorkbookPlan(bundled, { builtAt: new Date(AT) }))) as never);
  damage(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Error cells per sheet after LibreOffice recalculates `bytes` (only sheets that hold any). */
async function errorCells(bytes: Uint8Array, tag: string): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), `kpi-repair-${tag}-`));
  const file = join(dir, `${tag}.xlsx`);
  writeFileSync(file, bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const names = wb.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name);
  const out: Record<string, string[]> = {};
  for (const [sheet, csv] of recalculateToCsv(file, dir, names)) {
    const errors = parseCsv(csv).flatMap((row, r) =>
      row.flatMap((cell, c) => (ERROR.test(cell) ? [`R${r + 1}C${c + 1}=${cell}`] : [])),
    );
    if (errors.length > 0) out[sheet] = errors;
  }
  return out;
}

async function refreshed(bytes: Uint8Array) {
  const result = await refreshXlsx({ xlsx: bytes, dataset: bundled, history: { at: AT, who: "t", source: "x" } });
  if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
  return result;
}

describeLo("refresh of a workbook missing what its formulas read (LibreOffice recalculation)", () => {
  test("「設定」 deleted: rebuilt with its names and the default 評価年度; no error cell", async () => {
    const bytes = await damaged((wb) => wb.removeWorksheet(wb.getWorksheet(SETTINGS_SHEET)!.id));
    // The damage itself shows as error cells (so the check below can fail).
    expect((await errorCells(bytes, "settings-damaged"))[KPI_SHEET]?.length).toBeGreaterThan(0);
    const result = await refreshed(bytes);
    expect(result.plan.notices.map((n) => n.code)).toContain("SettingsSheetRebuilt");
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(result.bytes as never);
    expect(out.getWorksheet(SETTINGS_SHEET)).toBeDefined();
    expect(await errorCells(result.bytes, "settings")).toEqual({});
  }, 240_000);

  test("names 評価年度 and 順調閾値 deleted: defined again on 「設定」, the year people set kept; no error cell", async () => {
    const bytes = await damaged((wb) => {
      wb.getWorksheet(SETTINGS_SHEET)!.getCell("B4").value = 2024;
      removeDefinedName(wb, EVALUATION_YEAR_NAME);
      removeDefinedName(wb, THRESHOLD_NAME);
    });
    expect((await errorCells(bytes, "names-damaged"))[KPI_SHEET]?.length).toBeGreaterThan(0);
    const result = await refreshed(bytes);
    const notice = result.plan.notices.find((n) => n.code === "SettingsNamesRestored");
    expect(notice?.params.names).toEqual([EVALUATION_YEAR_NAME, THRESHOLD_NAME]);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(result.bytes as never);
    expect(out.getWorksheet(SETTINGS_SHEET)!.getCell("B4").value).toBe(2024);
    expect(await errorCells(result.bytes, "names")).toEqual({});
  }, 240_000);

  test("「委員意見」 deleted: rebuilt empty, the counts read it; no error cell", async () => {
    const bytes = await damaged((wb) => wb.removeWorksheet(wb.getWorksheet(COMMENTS_SHEET)!.id));
    expect((await errorCells(bytes, "comments-damaged"))[KPI_SHEET]?.length).toBeGreaterThan(0);
    const result = await refreshed(bytes);
    const notice = result.plan.notices.find((n) => n.code === "CommentSheetsRebuilt");
    expect(notice?.params.sheets).toEqual([COMMENTS_SHEET]);
    expect(await errorCells(result.bytes, "comments")).toEqual({});
  }, 240_000);
});
