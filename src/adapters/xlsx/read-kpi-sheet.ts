/**
 * An .xlsx (loaded with exceljs) → WorkbookState for the refresh. The KPI data is found by meaning, not position:
 * the table "KPI" on whatever sheet holds it (renamed sheets), else the sheet 「KPI一覧」, else the one sheet whose
 * header row has 「ID」 and 「指標名」; columns by header (moved or hidden columns are found, see headers.ts); rows by ID
 * (sorted or filtered rows are read all the same). What cannot be found for certain is a problem naming sheet + cell.
 */
import ExcelJS from "exceljs";
import { readCommentBook } from "./comments-store";
import { KPI_COLUMNS, type KpiColumnKey } from "../../workbook/kpi-columns";
import { KPI_SHEET, KPI_TABLE } from "../../workbook/names";
import { matchHeader } from "../../workbook/kpi-headers";
import { INDICATOR_ID } from "../../refresh/placement";
import type {
  CommentRef,
  FoundCell,
  FoundHeader,
  KpiRowState,
  RefreshNotice,
  Scalar,
  WorkbookState,
} from "../../workbook/kpi-state";
import { decodeMetadata } from "../../workbook/metadata";
import { cellAddress, parseRange } from "../../lib/a1";

export type ReadKpiResult =
  | {
      readonly ok: true;
      readonly state: WorkbookState;
      readonly worksheet: ExcelJS.Worksheet;
      /** Last row of the KPI data; rows below it are people's own and stay (moved down if the table grows). */
      readonly dataBottom: number;
    }
  | { readonly ok: false; readonly problems: readonly RefreshNotice[] };

interface TableModel {
  tableRef?: string;
  ref?: string;
  name?: string;
}

const HEADER_SEARCH_ROWS = 20;

const ID_SHAPE = INDICATOR_ID;

function tableModel(ws: ExcelJS.Worksheet, name: string): TableModel | null {
  const table = ws.getTable(name) as unknown as { table?: TableModel } | undefined;
  const model = table?.table;
  return model && (model.tableRef ?? model.ref) ? model : null;
}

function text(value: ExcelJS.CellValue): string {
  const s = scalar(value);
  return s === null ? "" : String(s);
}

/** A cell's value as a scalar: rich text joined, hyperlinks by their text, dates as ISO dates, formulas by result. */
export function scalar(value: ExcelJS.CellValue): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result instanceof Date) return result.toISOString().slice(0, 10);
    return typeof result === "string" || typeof result === "number" || typeof result === "boolean" ? result : null;
  }
  if ("text" in value) return String((value as { text: unknown }).text);
  if ("error" in value) return String((value as { error: unknown }).error);
  return null;
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join("") : undefined;
}

function foundCell(cell: ExcelJS.Cell): FoundCell {
  const value = cell.value;
  // cell.formula resolves shared formulas (Excel stores a table's calculated column that way).
  const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
  const out: { -readonly [K in keyof FoundCell]: FoundCell[K] } = { address: cell.address, value: scalar(value) };
  if (formula) out.formula = `=${formula}`;
  if (cell.numFmt) out.numberFormat = cell.numFmt;
  const note = noteText(cell.note);
  if (note) out.note = note;
  return out;
}

function isEmpty(cell: FoundCell): boolean {
  return cell.formula === undefined && (cell.value === null || cell.value === "") && cell.note === undefined;
}

interface Located {
  readonly ws: ExcelJS.Worksheet;
  readonly headerRow: number;
  /** Last row of the table, if there is one (rows below it with an id are read too). */
  readonly tableBottom: number | null;
  readonly notices: RefreshNotice[];
}

function headerRowOf(ws: ExcelJS.Worksheet): number | null {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const row = ws.getRow(r);
    let id = false;
    let name = false;
    row.eachCell((cell) => {
      const m = matchHeader(text(cell.value));
      if (m.kind === "plan" && m.key === "id") id = true;
      if (m.kind === "plan" && m.key === "name") name = true;
    });
    if (id && name) return r;
  }
  return null;
}

function locate(wb: ExcelJS.Workbook): Located | RefreshNotice {
  for (const ws of wb.worksheets) {
    const model = tableModel(ws, KPI_TABLE);
    if (!model) continue;
    const range = parseRange((model.tableRef ?? model.ref) as string);
    const notices: RefreshNotice[] = [];
    if (ws.name !== KPI_SHEET) {
      notices.push({
        code: "SheetRenamed",
        sheet: ws.name,
        ja: `「${KPI_SHEET}」はシート「${ws.name}」として見つかりました（表「${KPI_TABLE}」）。シート名はそのままにします。`,
        en: `"${KPI_SHEET}" was found as sheet "${ws.name}" (table "${KPI_TABLE}"); the name is kept.`,
      });
    }
    return { ws, headerRow: range.top, tableBottom: range.bottom, notices };
  }
  const named = wb.getWorksheet(KPI_SHEET);
  const candidates = named ? [named] : wb.worksheets;
  const found = candidates
    .map((ws) => ({ ws, row: headerRowOf(ws) }))
    .filter((x): x is { ws: ExcelJS.Worksheet; row: number } => x.row !== null);
  if (found.length === 1) {
    const { ws, row } = found[0] as { ws: ExcelJS.Worksheet; row: number };
    return {
      ws,
      headerRow: row,
      tableBottom: null,
      notices: [
        {
          code: "TableMissing",
          sheet: ws.name,
          ja: `表「${KPI_TABLE}」がなかったため、「${ws.name}」の${row}行目の見出しから読み取り、表を作り直します。`,
          en: `No table "${KPI_TABLE}"; read "${ws.name}" by its header row ${row}; the table is created again.`,
        },
      ],
    };
  }
  if (found.length > 1) {
    const names = found.map((f) => `「${f.ws.name}」`).join("");
    return {
      code: "KpiSheetAmbiguous",
      ja: `表「${KPI_TABLE}」がなく、IDと指標名の見出しを持つシートが複数あります（${names}）。どれがKPI一覧か決められません。`,
      en: `No table "${KPI_TABLE}" and several sheets have ID and 指標名 headers (${names}).`,
    };
  }
  return {
    code: "KpiSheetMissing",
    ja: `シート「${KPI_SHEET}」も表「${KPI_TABLE}」も見つかりません。削除された場合は、ブックを作り直すか、バックアップから戻してください。`,
    en: `Neither the sheet "${KPI_SHEET}" nor the table "${KPI_TABLE}" was found.`,
  };
}

/** Reads the KPI table, its user columns and the comment targets; damage is returned as problems. */
export function readKpiState(wb: ExcelJS.Workbook): ReadKpiResult {
  const where = locate(wb);
  if ("code" in where) return { ok: false, problems: [where] };
  const { ws, headerRow } = where;
  const s = ws.name;
  const notices = [...where.notices];
  const problems: RefreshNotice[] = [];

  // Columns by header.
  const columns: Partial<Record<KpiColumnKey, FoundHeader>> = {};
  const extraColumns: FoundHeader[] = [];
  const header = ws.getRow(headerRow);
  const lastColumn = Math.max(ws.columnCount, header.cellCount);
  const usedExtraKeys = new Set<string>();
  for (let c = 1; c <= lastColumn; c++) {
    const cell = header.getCell(c);
    const label = text(cell.value);
    const column = ws.getColumn(c);
    const found: FoundHeader = {
      address: cell.address,
      text: label,
      column: c,
      ...(column.hidden ? { hidden: true } : {}),
      ...(column.width !== undefined ? { width: column.width } : {}),
    };
    const m = matchHeader(label);
    if (m.kind === "plan") {
      const before = columns[m.key];
      if (before) {
        problems.push({
          code: "DuplicateHeader",
          sheet: s,
          cell: cell.address,
          ja: `「${s}」の${before.address}と${cell.address}が同じ見出し「${label}」です。どちらかの見出しを変えるか列を削除してください。`,
          en: `"${s}" has the header "${label}" twice, in ${before.address} and ${cell.address}.`,
        });
        continue;
      }
      columns[m.key] = found;
      if (!m.exact) {
        notices.push({
          code: "HeaderRecovered",
          sheet: s,
          cell: cell.address,
          ja: `${cell.address}の見出し「${label}」を「${KPI_COLUMNS.find((k) => k.key === m.key)?.header}」として読み、元に戻します。`,
          en: `${cell.address} "${label}" read as "${KPI_COLUMNS.find((k) => k.key === m.key)?.header}" and restored.`,
        });
      }
      continue;
    }
    // An extra column: kept if it has a header or any data (a column people use, even without a header).
    let hasData = m.kind === "extra";
    if (!hasData) {
      const bottom = Math.max(ws.rowCount, where.tableBottom ?? 0);
      for (let r = headerRow + 1; r <= bottom && !hasData; r++) {
        // Only rows of the data count: text under the table in an unnamed column is not a column.
        if (!ID_SHAPE.test(text(ws.getRow(r).getCell(columns.id?.column ?? 1).value).trim())) continue;
        hasData = !isEmpty(foundCell(ws.getRow(r).getCell(c)));
      }
    }
    if (!hasData) continue;
    let key = label.trim() === "" ? `（${cell.address}）` : label;
    if (usedExtraKeys.has(key)) key = `${label}（${cell.address}）`;
    usedExtraKeys.add(key);
    extraColumns.push(key === label ? found : { ...found, key });
  }
  if (problems.length > 0) return { ok: false, problems };
  const planOrder = KPI_COLUMNS.map((c) => columns[c.key]?.column).filter((c): c is number => c !== undefined);
  if (planOrder.some((c, i) => i > 0 && c < (planOrder[i - 1] as number))) {
    notices.push({
      code: "ColumnsMoved",
      sheet: s,
      ja: `「${s}」の列の順序が変わっていたため、元の順序に戻します（追加された列は右端に移します）。`,
      en: `Columns of "${s}" were moved; the plan's order is restored (added columns go to the right).`,
    });
  }
  const hidden = KPI_COLUMNS.filter((c) => columns[c.key]?.hidden).map((c) => c.header);
  if (hidden.length > 0) {
    notices.push({
      code: "ColumnsHidden",
      sheet: s,
      ja: `非表示の列（${hidden.join("、")}）も読み取りました。非表示のままにします。`,
      en: `Hidden columns (${hidden.join(", ")}) were read and stay hidden.`,
    });
  }
  const idColumn = columns.id?.column;

  // The data region: the table's rows, and any row further down whose ID has the shape of an indicator id (typed
  // under the table). What lies below that is people's own (a note under the table): kept, and moved down when the
  // table grows.
  let bottom = where.tableBottom ?? headerRow;
  if (idColumn !== undefined) {
    for (let r = bottom + 1; r <= ws.rowCount; r++) {
      if (ID_SHAPE.test(text(ws.getRow(r).getCell(idColumn).value).trim())) bottom = r;
    }
  }

  // Rows by ID.
  const rows: KpiRowState[] = [];
  const rowsWithoutId: { sheetRow: number; address: string }[] = [];
  let hiddenRows = 0;
  for (let r = headerRow + 1; r <= bottom; r++) {
    const row = ws.getRow(r);
    const cells: Partial<Record<KpiColumnKey, FoundCell>> = {};
    let content = false;
    let nonFormulaContent = false;
    for (const c of KPI_COLUMNS) {
      const h = columns[c.key];
      if (!h) continue;
      const f = foundCell(row.getCell(h.column));
      cells[c.key] = f;
      if (!isEmpty(f)) {
        content = true;
        if (c.kind !== "formula") nonFormulaContent = true;
      }
    }
    const extra: Record<string, FoundCell> = {};
    for (const h of extraColumns) {
      const f = foundCell(row.getCell(h.column));
      if (!isEmpty(f)) {
        extra[h.key ?? h.text] = f;
        content = true;
        if (f.formula === undefined) nonFormulaContent = true;
      }
    }
    if (!content) continue;
    if (row.hidden) hiddenRows++;
    const id = idColumn === undefined ? "" : text(row.getCell(idColumn).value).trim();
    if (id === "") {
      // Formula leftovers of a blank table row (Excel fills calculated columns) are not data.
      if (nonFormulaContent) rowsWithoutId.push({ sheetRow: r, address: cellAddress(idColumn ?? 1, r) });
      continue;
    }
    rows.push({ id, sheetRow: r, cells, extra });
  }
  if (hiddenRows > 0) {
    notices.push({
      code: "RowsHidden",
      sheet: s,
      ja: `フィルターなどで非表示の行（${hiddenRows}行）も読み取りました。更新後はすべての行を表示します。`,
      en: `${hiddenRows} hidden (filtered) rows were read; after the refresh all rows are shown.`,
    });
  }

  const yearsRow: Record<number, Scalar> = {};
  for (const c of KPI_COLUMNS) {
    const h = columns[c.key];
    if (!h || !c.key.startsWith("year:")) continue;
    yearsRow[Number(c.key.slice(5))] = scalar(ws.getRow(headerRow - 1 < 1 ? 1 : headerRow - 1).getCell(h.column).value);
  }

  const meta = decodeMetadata(wb.description);
  // A workbook without the comment sheets has no comments (readCommentBook reports the missing tables as data).
  const comments: CommentRef[] = readCommentBook(wb).comments.records.map(({ record }) => ({
    id: record.id,
    targetId: record.target.kind === "strategy" ? "全体" : record.target.id,
  }));
  return {
    ok: true,
    worksheet: ws,
    dataBottom: bottom,
    state: {
      sheetName: s,
      headerRow,
      columns,
      extraColumns,
      rows,
      rowsWithoutId,
      yearsRow,
      datasetVersion: meta.ok ? meta.metadata.datasetVersion : null,
      comments,
      notices,
    },
  };
}
