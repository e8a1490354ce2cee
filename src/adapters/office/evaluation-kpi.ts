/**
 * The Office side of EvaluationKpiRead (src/workbook/evaluation-kpi.ts), over the request context the host gives:
 * 「KPI一覧」's table (its typed values: the closing re-grades with the status twin, as the xlsx side must), the
 * values of 評価年度 / 順調閾値 and the metadata's dataset version. The two settings are read from 「設定」 at the cells
 * the plan names (settings-sheet.ts SETTINGS_ROWS, column B): the Office API reads a name's cell through
 * NamedItem.getRange, which the recording fake does not model, and the plan is what put the names there.
 */
import type { EvaluationKpiRead } from "../../workbook/evaluation-kpi";
import { KPI_TABLE, SETTINGS_SHEET } from "../../workbook/names";
import { SETTINGS_ROWS } from "../../plan/settings-sheet";
import type { Scalar } from "../../lib/scalar";
import type { OfficeHost } from "./host";
import { readOfficeMetadata } from "./read-metadata";
import { scalarRows } from "./values";

const numberOf = (v: Scalar | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export async function readEvaluationKpiOffice(context: Excel.RequestContext): Promise<EvaluationKpiRead> {
  const table = context.workbook.tables.getItemOrNullObject(KPI_TABLE);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const header = table.isNullObject ? null : table.getHeaderRowRange().load("values");
  const body = table.isNullObject ? null : table.getDataBodyRange().load("values");
  const top = Math.min(SETTINGS_ROWS.evaluationYear, SETTINGS_ROWS.threshold);
  const bottom = Math.max(SETTINGS_ROWS.evaluationYear, SETTINGS_ROWS.threshold);
  const settings = sheets.items.some((s) => s.name === SETTINGS_SHEET)
    ? context.workbook.worksheets
        .getItem(SETTINGS_SHEET)
        .getRangeByIndexes(top - 1, 1, bottom - top + 1, 1)
        .load("values")
    : null;
  await context.sync();
  const column = settings ? scalarRows(settings.values as unknown[][]).map((r) => r[0]) : [];
  const metadata = await readOfficeMetadata(context);
  return {
    kpi:
      header && body
        ? { headers: scalarRows(header.values as unknown[][])[0] ?? [], rows: scalarRows(body.values as unknown[][]) }
        : null,
    evaluationYear: numberOf(column[SETTINGS_ROWS.evaluationYear - top]),
    threshold: numberOf(column[SETTINGS_ROWS.threshold - top]),
    datasetVersion: metadata.ok ? metadata.metadata.datasetVersion : null,
  };
}

export function officeEvaluationKpiPort(host: OfficeHost) {
  return { readEvaluationKpi: () => host.run((context) => readEvaluationKpiOffice(context)) };
}
