/**
 * Ids a comment may be about, from an .xlsx's 「KPI一覧」 table (the CLI checks a new comment's 対象 against them).
 */
import type ExcelJS from "exceljs";
import { knownTargets } from "../../workbook/kpi-row-view";
import { KPI_TABLE } from "../../workbook/names";
import { findTable, rowScalars } from "./exceljs-internals";

/** The KPI table's ids and the leading ids of its 施策/基本目標 labels; null when the workbook has no KPI table. */
export function readKnownTargets(wb: ExcelJS.Workbook, kpiTable = KPI_TABLE): Set<string> | null {
  const t = findTable(wb, kpiTable);
  if (!t) return null;
  const { ws, range } = t;
  const rows = [];
  for (let r = range.top + 1; r <= range.bottom; r++) rows.push(rowScalars(ws, r, range.left, range.right));
  return knownTargets(rowScalars(ws, range.top, range.left, range.right), rows);
}
