/**
 * What the workbook cannot hold, refused before a workbook is built rather than dropped or cut when it is written
 * (issue #11 §3): an actual of a year that has no column in 「KPI一覧」, and text longer than an Excel cell takes.
 *
 * Baseline, target and reference periods are not limited to the plan's years: they have their own cells (基準年度,
 * 目標年度, 判定基準年度) that hold any year, and the bundled strategy's baselines (2017–2019) come before its first
 * year column (2020).
 */
import { EXCEL_CELL_MAX_CHARS } from "../../lib/csv";
import { formatPath, type PathPart, type Problem } from "./problems";
import type { DatasetParts, Indexed } from "./rules";
import type { Dataset, Indicator, Plan } from "./schema";

/**
 * Excel's limit on the characters of one cell: 32,767 ("Total number of characters that a cell can contain",
 * Excel specifications and limits, support.microsoft.com); the one constant in src/lib/csv.ts.
 */
export const EXCEL_CELL_TEXT_LIMIT = EXCEL_CELL_MAX_CHARS;

/**
 * The years that have an input column in 「KPI一覧」: the year before the plan's first year (where baselines sit)
 * through its last. src/workbook/kpi-columns.ts lays the year columns out by this rule (planYearsOf is this function).
 */
export function planYearRange(plan: Pick<Plan, "from" | "to">): { readonly first: number; readonly last: number } {
  return { first: plan.from.year - 1, last: plan.to.year };
}

/**
 * Room each line of 「注記」 takes besides its texts: the label and brackets src/plan/kpi-rows.ts (notesOf) puts around
 * them (「基準値「…」: …」「判定基準値: …の「…」」, at most 8 characters) and the line break. Counted generously, so a
 * 注記 that passes here always fits (a test holds notesOf to this bound). The verification note is not in 注記 (it has
 * 「確認事項」's own cells, each text checked below).
 */
const NOTE_LINE_ROOM = 12;

/** The texts that make up 「注記」, one list per line. */
function noteLines(ind: Indicator): string[][] {
  const lines: string[][] = [];
  for (const note of ind.notes) lines.push([note]);
  for (const q of [ind.baseline, ind.target]) {
    if (q.deferred) lines.push([q.printed, q.deferred.reason]);
    else if (q.interpretation) lines.push([q.printed, q.interpretation]);
  }
  if (ind.reference) lines.push([ind.reference.period.printed, ind.reference.printed], [ind.reference.note]);
  return lines;
}

/** An upper bound of the length of an indicator's 「注記」 cell. */
export function notesLengthBound(ind: Indicator): number {
  return noteLines(ind).reduce((sum, texts) => sum + NOTE_LINE_ROOM + texts.reduce((n, t) => n + t.length, 0), 0);
}

/** The dataset's parts that passed the schema, as the rules get them (the known ids are not needed here). */
export type WorkbookParts = Omit<DatasetParts, "knownIds">;

type Report = (path: readonly PathPart[], message: string) => void;

const tooLong = (length: number, what: string): string =>
  `${what} ${length.toLocaleString("en-US")} characters, over Excel's limit of ${EXCEL_CELL_TEXT_LIMIT.toLocaleString("en-US")} for a cell`;

/**
 * Every text in the file, wherever it stands: none may be longer than a cell. One path stack, copied only for a
 * text that is reported (building a path per value doubled the time of buildWorkbookPlan on 10,000 indicators).
 */
function checkTexts(value: unknown, path: PathPart[], report: Report): void {
  if (typeof value === "string") {
    if (value.length > EXCEL_CELL_TEXT_LIMIT) report([...path], tooLong(value.length, "a text of"));
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      checkTexts(value[i], path, report);
      path.pop();
    }
  } else if (value !== null && typeof value === "object") {
    for (const key in value) {
      path.push(key);
      checkTexts((value as Record<string, unknown>)[key], path, report);
      path.pop();
    }
  }
}

/**
 * A cell the plan writes from several texts (a label, 「注記」) must fit too; reported at its main text, and only when
 * no text of it is too long on its own (that one is reported already, by its own path).
 */
function checkJoined(texts: readonly string[], room: number, path: readonly PathPart[], cell: string, report: Report) {
  if (texts.some((t) => t.length > EXCEL_CELL_TEXT_LIMIT)) return;
  const length = texts.reduce((n, t) => n + t.length, room);
  if (length > EXCEL_CELL_TEXT_LIMIT) report(path, tooLong(length, `the ${cell} cell would hold`));
}

/** Problems of values the workbook cannot hold; `input` is the file as parsed, `parts` its items that passed. */
export function workbookLimitProblems(input: unknown, parts: WorkbookParts): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => problems.push({ path: formatPath(path), message });
  checkTexts(input, [], report);
  // Texts the plan joins into one cell (src/plan/labels.ts, kpi-sheet.ts, summary-sheet.ts, kpi-rows.ts notesOf).
  if (parts.plan) checkJoined([parts.plan.title], " KPI一覧".length, ["plan", "title"], "KPI一覧 title", report);
  for (const { index, item } of parts.basicGoals)
    checkJoined([item.id, item.title], 1, ["basicGoals", index, "title"], "概要 row label", report);
  for (const { index, item } of parts.subGoals)
    checkJoined([item.id, item.title], 1, ["subGoals", index, "title"], "基本目標", report);
  for (const { index, item } of parts.measures)
    checkJoined([item.id, item.symbol, item.title], 1, ["measures", index, "title"], "施策", report);
  const range = parts.plan && parts.plan.from.year <= parts.plan.to.year ? planYearRange(parts.plan) : null;
  for (const { index, item } of parts.indicators) {
    const at = ["indicators", index] as const;
    if (item.part !== null) checkJoined([item.name, item.part], 2, [...at, "name"], "指標名", report);
    // Most 注記 are far below the limit: join their texts only when the bound of the cell says they might not fit.
    if (notesLengthBound(item) > EXCEL_CELL_TEXT_LIMIT) {
      const lines = noteLines(item);
      checkJoined(lines.flat(), NOTE_LINE_ROOM * lines.length, [...at, "notes"], "注記", report);
    }
    if (range === null) continue;
    item.actuals.forEach((actual, i) => {
      if (actual.year < range.first || actual.year > range.last) {
        report(
          [...at, "actuals", i, "year"],
          `${actual.year} is outside the plan's years ${range.first}–${range.last} (the year before plan.from through plan.to): the workbook has no column for it`,
        );
      }
    });
  }
  return problems;
}

/** The same checks on a typed dataset (what the plan builders are given). */
export function datasetLimitProblems(dataset: Dataset): Problem[] {
  const indexed = <T>(list: readonly T[]): Indexed<T>[] => list.map((item, index) => ({ index, item }));
  return workbookLimitProblems(dataset, {
    plan: dataset.plan,
    basicGoals: indexed(dataset.basicGoals),
    subGoals: indexed(dataset.subGoals),
    measures: indexed(dataset.measures),
    indicators: indexed(dataset.indicators),
  });
}
