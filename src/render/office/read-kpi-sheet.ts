/**
 * The KPI table through Office.js → WorkbookState: the table "KPI" wherever it is (a renamed sheet is fine), its
 * header and body as values + formulas + number formats and the years row above, in one batched read (two syncs:
 * one to learn whether the table exists, one for the ranges), plus the comments' targets (comments-store).
 */
import { KPI_TABLE } from "../../plan/names";
import { stateFromGrid } from "../../domain/refresh/grid-state";
import type { CommentRef, RefreshNotice, Scalar, WorkbookState } from "../../domain/refresh/state";
import { decodeMetadata } from "../metadata";
import { parseRange } from "../a1";
import { readCommentBookOffice } from "./comments-store";

export interface OfficeKpiRead {
  readonly state: WorkbookState;
  /** Address of the table (without the sheet) and the sheet's used range bottom, for the writer. */
  readonly tableAddress: string;
  readonly usedBottom: number;
  readonly usedRight: number;
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
  if (table.isNullObject) {
    return {
      ok: false,
      syncs,
      problems: [
        {
          code: "KpiSheetMissing",
          ja: `表「${KPI_TABLE}」が見つかりません。「KPI一覧」シートの表が削除・変換された場合は、ブックを作り直すかバックアップから戻してください。`,
          en: `The table "${KPI_TABLE}" was not found.`,
        },
      ],
    };
  }
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
  let comments: CommentRef[] = [];
  const book = await readCommentBookOffice(context).catch(() => null);
  syncs += 1;
  if (book) {
    comments = book.comments.records.map(({ record }) => ({
      id: record.id,
      targetId: record.target.kind === "strategy" ? "全体" : record.target.id,
    }));
  }
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
    historyNextRow: historyUsed ? parseRange(stripSheet(historyUsed.address)).bottom + 1 : null,
    syncs,
  };
}
