/**
 * The .xlsx build of 10,000 indicators against two anchors that write the same cells with the same styles, both
 * derived from the same WorkbookPlan (so they cannot drift from what the renderer writes):
 *  - exceljs's document writer (Workbook + xlsx.writeBuffer, what the renderer uses): target renderer ≤ 1.1×;
 *  - exceljs's streaming writer (stream.xlsx.WorkbookWriter), which cannot write tables: the floor to aim at.
 * Both anchors use the renderer's StyleCache (one shared style object per style + number format, as the renderer
 * does) and its column widths. Neither writes tables, conditional formats, validations, names or the metadata sheet:
 * that is the renderer's own work, and what the ratios measure. The cells and styled cells of all three files are
 * counted from the written XML and printed, so "same cells" is checked on every run.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PassThrough } from "node:stream";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/plan/types";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { StyleCache } from "../../src/adapters/xlsx/styles";
import { compareJobs, mb, ms, ratio, targetCell, type BenchSection } from "./table";

const RUNS = 3;
const TARGET = 1.1;

/** A plan cell's exceljs value, as the renderer writes it: formulas without their "=". */
function cellValue(cell: CellPlan): ExcelJS.CellValue {
  if (cell.formula !== undefined) return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return cell.value ?? null;
}

/** Every planned cell of one sheet, value and shared style, into rows got from `row(n)`. */
function fillSheet(
  sheet: SheetPlan,
  styles: StyleCache,
  row: (n: number) => ExcelJS.Row,
  done: (r: ExcelJS.Row) => void,
): void {
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] as readonly (CellPlan | null)[];
    if (cells.length === 0) continue;
    const target = row(r + 1);
    for (let c = 0; c < cells.length; c++) {
      const plan = cells[c];
      if (!plan) continue;
      const cell = target.getCell(c + 1);
      cell.value = cellValue(plan);
      const style = styles.get(plan.style, plan.numberFormat);
      if (style) cell.style = style;
    }
    done(target);
  }
}

const columnsOf = (sheet: SheetPlan): Partial<ExcelJS.Column>[] =>
  sheet.columns.map((c) => ({ width: c.width, ...(c.hidden ? { hidden: true } : {}) }));

/** Anchor 1: the same styled cells through exceljs's document writer. */
export async function writeSameCellsDocument(plan: WorkbookPlan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const styles = new StyleCache();
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.columns = columnsOf(sheet);
    fillSheet(
      sheet,
      styles,
      (n) => ws.getRow(n),
      () => undefined,
    );
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Anchor 2: the same styled cells through exceljs's streaming writer (rows committed as they are filled). */
export async function writeSameCellsStream(plan: WorkbookPlan): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  const styles = new StyleCache();
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.columns = columnsOf(sheet);
    fillSheet(
      sheet,
      styles,
      (n) => ws.getRow(n),
      (r) => r.commit(),
    );
    ws.commit();
  }
  await wb.commit();
  return Buffer.concat(chunks);
}

interface CellCount {
  readonly cells: number;
  readonly styled: number;
}

/** Cells (`<c …>`) and styled cells (with an `s` attribute other than 0) in a file's worksheets. */
export async function countCells(xlsx: Buffer): Promise<CellCount> {
  const zip = await JSZip.loadAsync(xlsx);
  let cells = 0;
  let styled = 0;
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = await entry.async("string");
    for (const m of xml.matchAll(/<c\s[^>]*>/g)) {
      cells++;
      if (/\ss="[1-9]\d*"/.test(m[0])) styled++;
    }
  }
  return { cells, styled };
}

const counted = (c: CellCount): string =>
  `${(c.cells / 1000).toFixed(0)}k cells, ${(c.styled / 1000).toFixed(0)}k styled`;

export async function xlsxBench(plan: WorkbookPlan, label: string): Promise<BenchSection> {
  const [rendered, document, stream] = await compareJobs(
    [() => writeWorkbookXlsx(plan), () => writeSameCellsDocument(plan), () => writeSameCellsStream(plan)],
    RUNS,
  );
  const files = [await writeWorkbookXlsx(plan), await writeSameCellsDocument(plan), await writeSameCellsStream(plan)];
  const [rc, dc, sc] = await Promise.all(files.map(countCells));
  const [r, d, s] = [rendered!, document!, stream!];
  const docRatio = r.cpu / d.cpu;
  const ok = docRatio <= TARGET;
  const best = `best of ${RUNS}, wall / CPU`;
  return {
    rows: [
      [
        `writeWorkbookXlsx (the renderer), ${label} (${best})`,
        `${ms(r.wall)} / ${ms(r.cpu)} — ${counted(rc!)}, ${mb(files[0]!.length)}`,
        "",
      ],
      [
        `exceljs document writer, same styled cells, no tables (${best})`,
        `${ms(d.wall)} / ${ms(d.cpu)} — ${counted(dc!)}, ${mb(files[1]!.length)}`,
        "",
      ],
      [
        `exceljs streaming writer, same styled cells, no tables (${best})`,
        `${ms(s.wall)} / ${ms(s.cpu)} — ${counted(sc!)}, ${mb(files[2]!.length)}`,
        "",
      ],
      [
        "ratio renderer / document writer, CPU (wall)",
        `${ratio(docRatio)} (${ratio(r.wall / d.wall)})`,
        targetCell(`≤ ${TARGET}×`, ok),
      ],
      [
        "ratio renderer / streaming writer, CPU (wall)",
        `${ratio(r.cpu / s.cpu)} (${ratio(r.wall / s.wall)})`,
        "anchor",
      ],
    ],
    targets: [{ name: `.xlsx ${label} ≤ ${TARGET}× exceljs same styled cells (CPU)`, ok, detail: ratio(docRatio) }],
  };
}
