/**
 * The conditional formats a refresh (re)writes on 「KPI一覧」, decided once for both backends: the plan's own rules
 * (a one-row sample of the KPI sheet's, stretched to the new last row) and, when the committee's count columns are
 * among the columns kept after the plan's, the open-comment marks on the ID and 未対応意見 columns — the rules
 * buildWorkbookPlan and the comments set-up put there (issue #11: the ID column's mark used to be lost).
 *
 * Columns kept after the plan's land right after it, in their order (both writers place them so): the count
 * columns' new positions follow from that. Their rules are the refresh's to clear and write again, like the plan's.
 */
import { columnLetter, parseRange } from "../lib/a1";
import { openCommentMarks } from "../plan/comments-sheets";
import { verificationMarkRule } from "../plan/verification-sheet";
import type { ConditionalFormatPlan, SheetPlan } from "../plan/types";
import { COMMENT_COUNT_COLUMNS, KPI_ROWS, type KpiLayout } from "../workbook/kpi-columns";
import type { FoundHeader } from "../workbook/kpi-state";

const withBottom = (range: string, bottom: number): string => range.replace(/(\d+)$/, String(bottom));

const COUNT_HEADERS: ReadonlySet<string> = new Set(COMMENT_COUNT_COLUMNS.map((c) => c.header));
const OPEN_HEADER = COMMENT_COUNT_COLUMNS[1].header;

export interface RefreshRules {
  readonly rules: readonly ConditionalFormatPlan[];
  /** 1-based sheet columns of the count columns after the refresh, whose old rules the writer clears. */
  readonly countColumns: readonly number[];
  /** Their columns as found before the refresh (the xlsx writer drops the rules it loaded there). */
  readonly countColumnsBefore: readonly number[];
}

/** Whether a kept column is one of the committee's count columns (意見数, 未対応意見), by its header. */
export const isCountColumn = (header: FoundHeader): boolean => COUNT_HEADERS.has(header.text.trim());

export function refreshRules(input: {
  readonly layout: KpiLayout;
  /** The KPI sheet's plan for one indicator (buildKpiSheet): its rules, ranges ending on the first data row. */
  readonly sample: SheetPlan;
  /** Columns kept after the plan's, as found, in their order. */
  readonly extraColumns: readonly FoundHeader[];
  /** Last data row after the refresh. */
  readonly lastRow: number;
}): RefreshRules {
  const { layout, sample, extraColumns, lastRow } = input;
  const planWidth = layout.columns.length;
  // The table's rules only: the legend's samples in row 1 (kpi-sheet.ts) are above the rows and stay as built.
  const rules: ConditionalFormatPlan[] = sample.conditionalFormats
    .filter((r) => parseRange(r.range).bottom >= KPI_ROWS.firstData)
    .map((r) => ({ ...r, range: withBottom(r.range, lastRow) }));
  // 要確認's warning fill, which buildWorkbookPlan adds with 「確認事項」 (the one-row sample has none).
  rules.push(verificationMarkRule(layout, KPI_ROWS.firstData, lastRow));
  const countColumns: number[] = [];
  const countColumnsBefore: number[] = [];
  let openColumn: number | null = null;
  extraColumns.forEach((header, i) => {
    if (!isCountColumn(header)) return;
    countColumns.push(planWidth + 1 + i);
    countColumnsBefore.push(header.column);
    if (header.text.trim() === OPEN_HEADER) openColumn = planWidth + 1 + i;
  });
  if (openColumn !== null) {
    rules.push(
      ...openCommentMarks({
        idLetter: layout.letter("id"),
        openLetter: columnLetter(openColumn),
        firstRow: KPI_ROWS.firstData,
        lastRow,
      }),
    );
  }
  return { rules, countColumns, countColumnsBefore };
}
