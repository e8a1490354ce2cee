/**
 * The Office side of EvaluationKpiRead (src/workbook/evaluation-kpi.ts), over the request context the host gives:
 * 「KPI一覧」's table (its typed values: the closing re-grades with the status twin, as the xlsx side must), the
 * values of 評価年度 / 順調閾値 and the metadata's dataset version. The two settings are read through their defined
 * names (NamedItem.getRange, ExcelApi 1.3), as the formulas read them and as the xlsx side does (readNamedNumber):
 * wherever the names point now, not at the cells the plan first put them in.
 */
import type { EvaluationKpiRead } from "../../workbook/evaluation-kpi";
import { EVALUATION_YEAR_NAME, KPI_TABLE, THRESHOLD_NAME } from "../../workbook/names";
import type { Scalar } from "../../lib/scalar";
import type { OfficeHost } from "./host";
import { readOfficeMetadata } from "./read-metadata";
import { scalarRows } from "./values";

const numberOf = (v: Scalar | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * Queues the read of the cell each of `wanted` names (the first cell of its range), given the workbook's names
 * loaded with `items/name,items/type`; after the next sync the returned function gives a name's value. A name that is
 * missing or no range (a constant, #REF! after its sheet went) reads null: getRange on it would fail the request.
 */
export function queueNamedValues(
  context: Excel.RequestContext,
  names: Excel.NamedItemCollection,
  wanted: readonly string[],
): (name: string) => Scalar {
  const ranges = new Map<string, Excel.Range>();
  for (const name of wanted) {
    const item = names.items.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (item?.type === "Range") ranges.set(name, context.workbook.names.getItem(name).getRange().load("values"));
  }
  return (name) => {
    const range = ranges.get(name);
    return range ? (scalarRows(range.values as unknown[][])[0]?.[0] ?? null) : null;
  };
}

export async function readEvaluationKpiOffice(context: Excel.RequestContext): Promise<EvaluationKpiRead> {
  const table = context.workbook.tables.getItemOrNullObject(KPI_TABLE);
  const names = context.workbook.names.load("items/name,items/type");
  await context.sync();
  const header = table.isNullObject ? null : table.getHeaderRowRange().load("values");
  const body = table.isNullObject ? null : table.getDataBodyRange().load("values");
  const named = queueNamedValues(context, names, [EVALUATION_YEAR_NAME, THRESHOLD_NAME]);
  await context.sync();
  const metadata = await readOfficeMetadata(context);
  return {
    kpi:
      header && body
        ? { headers: scalarRows(header.values as unknown[][])[0] ?? [], rows: scalarRows(body.values as unknown[][]) }
        : null,
    evaluationYear: numberOf(named(EVALUATION_YEAR_NAME)),
    threshold: numberOf(named(THRESHOLD_NAME)),
    datasetVersion: metadata.ok ? metadata.metadata.datasetVersion : null,
  };
}

export function officeEvaluationKpiPort(host: OfficeHost) {
  return { readEvaluationKpi: () => host.run((context) => readEvaluationKpiOffice(context)) };
}
