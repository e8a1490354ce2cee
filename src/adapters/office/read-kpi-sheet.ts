/**
 * The KPI table through Office.js → WorkbookState: the table "KPI" wherever it is (a renamed sheet is fine), its
 * header and body as values + formulas + number formats and the years row above, in one batched read (two syncs:
 * one to learn whether the table exists, one for the ranges), plus the comments' targets (comments-store).
 */
import { KPI_SHEET, KPI_TABLE } from "../../workbook/names";
import { matchHeader } from "../../workbook/kpi-headers";
import { stateFromGrid } from "../../workbook/kpi-grid-reader";
import type { CommentRef, RefreshNotice, Scalar, WorkbookState } from "../../workbook/kpi-state";
import { decodeMetadata } from "../../workbook/metadata";
import { parseRange } from "../../lib/a1";
import { readCommentBookOffice } from "./comments-store";

export interface OfficeKpiRead {
  readonly state: WorkbookState;
  /** Address of the table (without the sheet), null when it was gone and the sheet was read by its headers. */
  readonly tableAddress: string | null;
  readonly usedBottom: number;
  readonly usedRight: number;
  /** Last row of the KPI data as found (the table's, or the used range's when the table was gone). */
  readonly dataBottom: number;
  /** 「更新履歴」: next free row, or null when the sheet does not exist. */
  readonly historyNextRow: number | null;
  readonly syncs: number;
}

export type OfficeKpiReadResult =
  | ({ readonly ok: true } & OfficeKpiRead)
  | { readonly ok: false; readonly problems: readonly RefreshNotice[]; readonly syncs: number };

const stripSheet = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

export async function readKpiStateOffice(
  context: Excel.RequestContext,
  historySheet: string,
): Promise<OfficeKpiReadResult> {
  const wb = context.workbook;
  const table = wb.tables.getItemOrNullObject(KPI_TABLE);
  table.load("name");
  const sheets = wb.worksheets.load("items/name");
  const props = wb.properties.load("comments");
  await context.sync();
  let syncs = 1;
  if (table.isNullObject)
    return readWithoutTable(
      context,
      sheets.items.map((x) => x.name),
      props.comments,
      historySheet,
    );
  const sheet = table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("values,address");
  const body = table.getDataBodyRange().load("values,formulas,numberFormat,address");
  const whole = table.getRange().load("address");
  const used = table.worksheet.getUsedRange().load("address");
  const hasHistory = sheets.items.some((s) => s.name === historySheet);
  const historyUsed = hasHistory ? wb.worksheets.getItem(historySheet).getUsedRange().load("address") : null;
  await context.sync();
  syncs++;
  const tableRange = parseRange(stripSheet(whole.address));
  const yearsRowRange =
    tableRange.top > 1
      ? sheet
          .getRangeByIndexes(tableRange.top - 2, tableRange.left - 1, 1, tableRange.right - tableRange.left + 1)
          .load("values")
      : null;
  // The comments reader syncs the queued years-row load along with its own reads.
  const comments = await commentRefs(context);
  syncs += 1;
  if (yearsRowRange) {
    await context.sync();
    syncs++;
  }
  const usedRange = parseRange(stripSheet(used.address));
  const meta = decodeMetadata(props.comments);
  const notices: RefreshNotice[] =
    sheet.name === "KPI一覧"
      ? []
      : [
          {
            code: "SheetRenamed",
            sheet: sheet.name,
            ja: `「KPI一覧」はシート「${sheet.name}」として見つかりました（表「${KPI_TABLE}」）。シート名はそのままにします。`,
            en: `"KPI一覧" was found as sheet "${sheet.name}" (table "${KPI_TABLE}"); the name is kept.`,
          },
        ];
  const grid = stateFromGrid({
    sheetName: sheet.name,
    headerRow: tableRange.top,
    leftColumn: tableRange.left,
    headers: (header.values[0] ?? []) as Scalar[],
    values: body.values as Scalar[][],
    formulas: body.formulas as Scalar[][],
    numberFormats: body.numberFormat as Scalar[][],
    yearsRow: (yearsRowRange?.values[0] ?? []) as Scalar[],
    datasetVersion: meta.ok ? meta.metadata.datasetVersion : null,
    comments,
    notices,
  });
  if (!grid.ok) return { ok: false, problems: grid.problems, syncs };
  return {
    ok: true,
    state: grid.state,
    tableAddress: stripSheet(whole.address),
    usedBottom: Math.max(usedRange.bottom, tableRange.bottom),
    usedRight: Math.max(usedRange.right, tableRange.right),
    dataBottom: tableRange.bottom,
    historyNextRow: historyUsed ? parseRange(stripSheet(historyUsed.address)).bottom + 1 : null,
    syncs,
  };
}

const HEADER_SEARCH_ROWS = 20;

/** Comment targets through the comments store (a workbook without its sheets has none). */
async function commentRefs(context: Excel.RequestContext): Promise<CommentRef[]> {
  const book = await readCommentBookOffice(context).catch(() => null);
  return (book?.comments.records ?? []).map(({ record }) => ({
    id: record.id,
    targetId: record.target.kind === "strategy" ? "全体" : record.target.id,
  }));
}

/**
 * The table "KPI" is gone (converted to a range, or deleted with its sheet kept): read 「KPI一覧」's used range and
 * find the header row by its 「ID」 and 「指標名」 cells. The writer then creates the table again.
 */
async function readWithoutTable(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  metadataText: string,
  historySheet: string,
): Promise<OfficeKpiReadResult> {
  let syncs = 1;
  if (!sheetNames.includes(KPI_SHEET)) {
    return {
      ok: false,
      syncs,
      problems: [
        {
          code: "KpiSheetMissing",
          ja: `シート「${KPI_SHEET}」も表「${KPI_TABLE}」も見つかりません。削除された場合は、ブックを作り直すかバックアップから戻してください。`,
          en: `Neither the sheet "${KPI_SHEET}" nor the table "${KPI_TABLE}" was found.`,
        },
      ],
    };
  }
  const wb = context.workbook;
  const used = wb.worksheets.getItem(KPI_SHEET).getUsedRange().load("values,formulas,numberFormat,address");
  const historyUsed = sheetNames.includes(historySheet)
    ? wb.worksheets.getItem(historySheet).getUsedRange().load("address")
    : null;
  await context.sync();
  syncs++;
  const comments = await commentRefs(context);
  syncs++;
  const range = parseRange(stripSheet(used.address));
  const values = used.values as Scalar[][];
  const isHeader = (row: readonly Scalar[]): boolean => {
    const keys = row.map((v) => matchHeader(v === null ? "" : String(v)));
    return (
      keys.some((m) => m.kind === "plan" && m.key === "id") && keys.some((m) => m.kind === "plan" && m.key === "name")
    );
  };
  const index = values.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeader);
  if (index < 0) {
    return {
      ok: false,
      syncs,
      problems: [
        {
          code: "KpiHeaderMissing",
          sheet: KPI_SHEET,
          ja: `「${KPI_SHEET}」に表「${KPI_TABLE}」がなく、「ID」と「指標名」の見出し行も見つかりません。`,
          en: `"${KPI_SHEET}" has no table "${KPI_TABLE}" and no header row with ID and 指標名.`,
        },
      ],
    };
  }
  const meta = decodeMetadata(metadataText);
  const grid = stateFromGrid({
    sheetName: KPI_SHEET,
    headerRow: range.top + index,
    leftColumn: range.left,
    headers: values[index] ?? [],
    values: values.slice(index + 1),
    formulas: (used.formulas as Scalar[][]).slice(index + 1),
    numberFormats: (used.numberFormat as Scalar[][]).slice(index + 1),
    yearsRow: index > 0 ? (values[index - 1] ?? []) : [],
    datasetVersion: meta.ok ? meta.metadata.datasetVersion : null,
    comments,
    notices: [
      {
        code: "TableMissing",
        sheet: KPI_SHEET,
        ja: `表「${KPI_TABLE}」がなかったため、「${KPI_SHEET}」の${range.top + index}行目の見出しから読み取り、表を作り直します。`,
        en: `No table "${KPI_TABLE}"; read "${KPI_SHEET}" by its header row ${range.top + index}; the table is created again.`,
      },
    ],
  });
  if (!grid.ok) return { ok: false, problems: grid.problems, syncs };
  return {
    ok: true,
    state: grid.state,
    tableAddress: null,
    usedBottom: range.bottom,
    usedRight: range.right,
    dataBottom: range.bottom,
    historyNextRow: historyUsed ? parseRange(stripSheet(historyUsed.address)).bottom + 1 : null,
    syncs,
  };
}
