/**
 * A closed year through LibreOffice (issue #12 §2): a workbook with actuals typed and 2024 closed by the CLI core is
 * opened and saved again by LibreOffice (.xlsx → .xlsx), and 「評価履歴」 reads back with the same records — values
 * only, so no engine can recalculate them — and its table. Needs `soffice`; skipped with a reason when it is missing.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { closeEvaluationYear } from "../../src/app/closing";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { packXlsx } from "../../src/adapters/xlsx/refresh-book";
import { readTableRows } from "../../src/adapters/xlsx/minutes-source";
import { xlsxWorkbookPort } from "../../src/adapters/xlsx/workbook-port";
import { validateDataset } from "../../src/domain/dataset/validate";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { readClosedRecords } from "../../src/workbook/closed-rows";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { convertDocument, findSoffice } from "../support/libreoffice";

const soffice = findSoffice();
if (!soffice) console.warn("skipping closing LibreOffice integration: `soffice` not found on PATH");
const describeLo = soffice ? describe : describe.skip;
const OUT = join(__dirname, "..", "..", "test-output", "integration-closing");

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describeLo("評価履歴 through LibreOffice", () => {
  it("reads back unchanged after LibreOffice opens and saves the workbook", async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(join(OUT, "lo"), { recursive: true });
    const v = validateDataset(
      JSON.parse(readFileSync(join(__dirname, "../fixtures/datasets/valid-minimal.json"), "utf8")),
    );
    if (!v.ok) throw new Error("fixture dataset invalid");
    const now = new Date("2026-06-01T01:00:00Z");
    const wb = await load(
      await writeWorkbookXlsx(buildWorkbookPlan(v.dataset, { builtAt: now, evaluationYear: 2025 })),
    );
    // 1-1-K2-2: 640 (2021), 655 (2022) in the dataset; typed 2023 and 2024, so 2024 has a 達成率 and 期待進捗.
    const kpi = wb.getWorksheet("KPI一覧");
    if (!kpi) throw new Error("no KPI一覧");
    const col = (year: number): number => {
      let c = 0;
      kpi.getRow(KPI_ROWS.header).eachCell((cell, i) => {
        if (String(cell.value ?? "").endsWith(`(${year})`)) c = i;
      });
      return c;
    };
    for (let r = KPI_ROWS.firstData; r <= kpi.rowCount; r++) {
      if (kpi.getCell(r, 1).value === "1-1-K2-2") {
        kpi.getCell(r, col(2023)).value = 662;
        kpi.getCell(r, col(2024)).value = 671.5;
      }
    }
    const closed = await closeEvaluationYear(xlsxWorkbookPort(wb), v.dataset, {
      year: 2024,
      replace: false,
      by: "企画課",
      now,
    });
    if (!closed.ok) throw new Error(JSON.stringify(closed.failure));
    expect(closed.records.find((r) => r.indicatorId === "1-1-K2-2")?.progress).not.toBeNull();
    const file = join(OUT, "closed-2024.xlsx");
    writeFileSync(file, await packXlsx(wb));
    const before = readTableRows(await load(readFileSync(file)), "評価履歴");

    const saved = convertDocument(file, join(OUT, "lo"), "xlsx:Calc MS Excel 2007 XML", "xlsx");
    const after = readTableRows(await load(readFileSync(saved)), "評価履歴");
    if (!before || !after) throw new Error("評価履歴 lost its table");
    expect(after.headers).toEqual(before.headers);
    expect(after.rows).toEqual(before.rows);
    const read = readClosedRecords(after);
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => r.record)).toEqual(closed.records);
  }, 120_000);
});
