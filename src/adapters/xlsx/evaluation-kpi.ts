/**
 * The xlsx side of EvaluationKpiRead (src/workbook/evaluation-kpi.ts): 「KPI一覧」's table rows, 評価年度 / 順調閾値
 * from their defined names, and the metadata's dataset version, from a loaded exceljs workbook. No I/O.
 */
import type ExcelJS from "exceljs";
import type { EvaluationKpiRead } from "../../workbook/evaluation-kpi";
import { EVALUATION_YEAR_NAME, KPI_TABLE, THRESHOLD_NAME } from "../../workbook/names";
import { readNamedNumber, readTableRows } from "./minutes-source";
import { metadataOfWorkbook } from "./read-metadata";

export function readEvaluationKpiXlsx(wb: ExcelJS.Workbook): EvaluationKpiRead {
  const metadata = metadataOfWorkbook(wb);
  return {
    kpi: readTableRows(wb, KPI_TABLE),
    evaluationYear: readNamedNumber(wb, EVALUATION_YEAR_NAME),
    threshold: readNamedNumber(wb, THRESHOLD_NAME),
    datasetVersion: metadata.ok ? metadata.metadata.datasetVersion : null,
  };
}

export function xlsxEvaluationKpiPort(wb: ExcelJS.Workbook) {
  return { readEvaluationKpi: async (): Promise<EvaluationKpiRead> => readEvaluationKpiXlsx(wb) };
}
