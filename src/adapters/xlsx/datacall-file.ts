/**
 * The 実績照会 file through exceljs (issue #12 §5): the plan (src/plan/datacall-sheet.ts) written to .xlsx bytes with
 * its sheet protected (no password; the input cells unlocked), a returned file read back into a Grid for the pure
 * reader (workbook/datacall-file.ts), and cell notes on the main workbook (出典 and 速報/確定 of an imported actual).
 * The pane makes and reads the file the same way (it is a file either way); only the notes are xlsx-only.
 */
import ExcelJS from "exceljs";
import { parseRange } from "../../lib/a1";
import type { Scalar } from "../../lib/scalar";
import type { DatacallPlan } from "../../plan/datacall-sheet";
import { DATACALL_SHEET } from "../../workbook/datacall-file";
import type { Grid } from "../../workbook/grid";
import { scalarOf } from "./exceljs-internals";
import { applyPlanToWorkbook } from "./write-workbook";

/** The file's bytes: the plan applied to a new workbook (no kpi-review metadata: it is not a KPI workbook), locked. */
export async function datacallFileBytes(dp: DatacallPlan, now: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kpi-review";
  wb.created = now;
  wb.modified = now;
  applyPlanToWorkbook(wb, dp.plan, { writeMetadata: false });
  const ws = wb.getWorksheet(dp.protect.sheet);
  if (ws) {
    for (const range of dp.protect.unlocked) {
      const r = parseRange(range);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) ws.getCell(row, col).protection = { locked: false };
      }
    }
    // No password: the protection keeps the layout and the definitions from being typed over by mistake; anyone can
    // lift it in Excel (校閲 → シート保護の解除). Hidden columns stay hidden while it is on.
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export type DatacallGridRead =
  | { readonly ok: true; readonly grid: Grid }
  | { readonly ok: false; readonly reason: "notXlsx"; readonly message: string }
  | { readonly ok: false; readonly reason: "noSheet" };

/** A returned file's 「実績照会」 sheet as values (a formula cell: its cached result). */
export async function readDatacallFile(bytes: Uint8Array): Promise<DatacallGridRead> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, reason: "notXlsx", message: error instanceof Error ? error.message : String(error) };
  }
  const ws = wb.getWorksheet(DATACALL_SHEET);
  if (!ws) return { ok: false, reason: "noSheet" };
  const values: Scalar[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Scalar[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(scalarOf(row.getCell(c).value));
    values.push(cells);
  }
  return { ok: true, grid: { sheetName: DATACALL_SHEET, top: 1, left: 1, values } };
}

/** Notes written on cells of the main workbook (「KPI一覧」's actual of the 評価年度). */
export interface CellNote {
  readonly sheet: string;
  /** A1 address, "R7". */
  readonly address: string;
  readonly text: string;
}

export function xlsxCellNotesPort(wb: ExcelJS.Workbook) {
  return {
    writeCellNotes: async (notes: readonly CellNote[]): Promise<boolean> => {
      for (const n of notes) {
        const ws = wb.getWorksheet(n.sheet);
        if (ws) ws.getCell(n.address).note = n.text;
      }
      return true;
    },
  };
}
