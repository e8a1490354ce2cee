/**
 * One yearly 効果検証 cycle through the xlsx backend, recalculated by LibreOffice (issue #12): the bundled dataset is
 * built for 評価年度 2024, actuals are typed for 2024, the committee's entries saved (some 委員会評価 differing from the
 * formula's grade, some 外的要因), 2024 closed; then 「設定」's 評価年度 becomes 2025, 2025's actuals are typed, one
 * target is revised from 2025, 2025's 「評価」 rows are prepared and filled, and the file saved. LibreOffice
 * recalculates every formula (one CSV per sheet) and each indicator must read as the twin (domain/status.ts +
 * forward-view.ts) and the closed records say: 「KPI一覧」's target in force, 達成率/期待進捗/評価 and 前回評価,
 * 「評価」's 評価（算定） (frozen on 2024's rows, live on 2025's) and 算定との差異, 「概要」's 外的要因 count, and
 * 「評価履歴」's 2024 rows as closed. No expected value is read from LibreOffice's output.
 *
 * The recalculated workbook is left in test-output/integration-evaluation-cycle/ (cycle-2025.xlsx) for a look.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { closeEvaluationYear } from "../../src/app/closing";
import { failureLines } from "../../src/app/evaluation-reads";
import { prepareEvaluationYear, saveEvaluationEntry } from "../../src/app/evaluation";
import { reviseTarget } from "../../src/app/revisions";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { readTableRows } from "../../src/adapters/xlsx/minutes-source";
import { packXlsx } from "../../src/adapters/xlsx/refresh-book";
import { xlsxWorkbookPort } from "../../src/adapters/xlsx/workbook-port";
import type { Dataset } from "../../src/domain/dataset/schema";
import { validateDataset } from "../../src/domain/dataset/validate";
import type { EntryInput } from "../../src/domain/evaluation/entries";
import { COMMITTEE_GRADES, type ClosedRecord, type TargetRevision } from "../../src/domain/evaluation/types";
import { previousGradeText, statusInputInForce } from "../../src/domain/forward-view";
import { evaluateIndicator, statusInputOf, type Grade, type StatusResult } from "../../src/domain/status";
import { DEFAULT_THRESHOLD, SETTINGS_ROWS } from "../../src/plan/settings-sheet";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { readClosedRecords } from "../../src/workbook/closed-rows";
import {
  CLOSED_CONTRACT,
  EVALUATION_CONTRACT,
  RECORD_HEADER_ROW,
  type ClosedColumnKey,
  type EvaluationColumnKey,
} from "../../src/workbook/evaluation-columns";
import { KPI_ROWS, layoutOf, yearKey, type KpiColumnKey } from "../../src/workbook/kpi-columns";
import { KPI_SHEET, SETTINGS_SHEET, SUMMARY_SHEET } from "../../src/workbook/names";
import { findSoffice, parseCsv, recalculateToCsv } from "../support/libreoffice";

const soffice = findSoffice();
if (!soffice) console.warn("skipping the evaluation cycle LibreOffice integration: `soffice` not found on PATH");
const describeLo = soffice ? describe : describe.skip;
const OUT = join(__dirname, "..", "..", "test-output", "integration-evaluation-cycle");

const DATASET: Dataset = (() => {
  const v = validateDataset(JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")));
  if (!v.ok) throw new Error("bundled dataset invalid");
  return v.dataset;
})();
const LAYOUT = layoutOf(DATASET);
const CLOSED_AT = new Date("2025-06-20T01:00:00Z");
const LATER = new Date("2026-06-20T01:00:00Z");
const K = DEFAULT_THRESHOLD;

/** Where each year's actual lands relative to the indicator's path (varied so every grade occurs). */
const SHARES: Readonly<Record<2024 | 2025, readonly number[]>> = {
  2024: [1.05, 0.62, 0.25, -0.1, 0.45],
  2025: [1.1, 0.7, 0.2, -0.05, 0.95],
};

/** The value typed for indicator `i` in `year`: on its base → target line where it has one, else near either. */
function typed(ind: Dataset["indicators"][number], i: number, year: 2024 | 2025): number {
  const input = statusInputOf(ind);
  const share = SHARES[year][i % SHARES[year].length] as number;
  const { base, target } = input;
  const v =
    base !== null && target !== null && base !== target
      ? base + share * (target - base)
      : (target ?? base ?? 100) * (1 + ((i % 3) - 1) * 0.05);
  return Math.round(v * 10) / 10;
}

/** 2024 actuals typed again after 2024 was closed, by indicator index (the closed year must not move). */
const retyped = new Map<number, number>();

/** The twin's verdict on an indicator for `year` over the typed actuals, graded against the target in force. */
function twin(
  index: number,
  year: number,
  revisions: readonly TargetRevision[],
): StatusResult & { target: number | null } {
  const ind = DATASET.indicators[index] as Dataset["indicators"][number];
  const actuals = new Map<number, number>([
    [2024, retyped.get(index) ?? typed(ind, index, 2024)],
    [2025, typed(ind, index, 2025)],
  ]);
  const input = statusInputInForce(statusInputOf(ind), revisions, ind.id, year);
  return { ...evaluateIndicator(input, actuals, { evaluationYear: year, k: K }), target: input.target };
}

/** 算定との差異 as the formula states it (evaluation-sheets.ts differenceFormula), from the grades alone. */
function expectedDifference(formulaGrade: string, committee: string): string {
  if (committee === "" || committee === "評価保留" || committee.slice(0, 1) === formulaGrade.slice(0, 1)) return "";
  const shown =
    formulaGrade === "" ? "－" : "ABCD".includes(formulaGrade.slice(0, 1)) ? formulaGrade.slice(0, 1) : formulaGrade;
  return `算定${shown}／委員会${committee.slice(0, 1)}`;
}

/** A CSV cell as a number where it is one ("45.3%" → 0.453, "1,630" → 1630), else its text; "" → null. */
function scalar(text: string | undefined): string | number | null {
  const t = (text ?? "").trim();
  if (t === "") return null;
  const percent = t.endsWith("%");
  const n = Number((percent ? t.slice(0, -1) : t).replace(/,/g, ""));
  return Number.isNaN(n) ? t : percent ? n / 100 : n;
}

function expectNumber(actual: string | number | null, expected: number | null, label: string): void {
  if (expected === null || actual === null || typeof actual === "string") {
    expect([label, actual]).toEqual([label, expected]);
    return;
  }
  // LibreOffice writes 15 significant digits (and a percent as shown): compare to a part in 10⁹.
  if (Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
    expect([label, actual]).toEqual([label, expected]);
  }
}

/** A sheet's CSV as rows of cells found by header (the header row given 1-based). */
function table(csv: string | undefined, headerRow: number) {
  if (csv === undefined) throw new Error("sheet missing from LibreOffice's output");
  const rows = parseCsv(csv);
  const headers = rows[headerRow - 1] ?? [];
  const at = (header: string): number => {
    const i = headers.indexOf(header);
    if (i < 0) throw new Error(`no column ${header} in ${headers.join(",")}`);
    return i;
  };
  return { rows: rows.slice(headerRow), at };
}

const header = (contract: { columns: readonly { key: string; header: string }[] }, key: string): string =>
  contract.columns.find((c) => c.key === key)?.header ?? key;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describeLo("a 効果検証 cycle (2024 closed, 2025 open with a revision) recalculated by LibreOffice", () => {
  it("grades every indicator as the twin and the closed records say", async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(join(OUT, "lo"), { recursive: true });
    const wb = await load(
      await writeWorkbookXlsx(buildWorkbookPlan(DATASET, { builtAt: CLOSED_AT, evaluationYear: 2024 })),
    );
    const port = xlsxWorkbookPort(wb);
    const kpi = wb.getWorksheet(KPI_SHEET);
    if (!kpi) throw new Error("no KPI一覧");
    const rowOf = new Map<string, number>();
    for (let r = KPI_ROWS.firstData; r <= kpi.rowCount; r++) {
      const id = kpi.getCell(r, LAYOUT.col("id")).value;
      if (typeof id === "string") rowOf.set(id, r);
    }
    expect([...rowOf.keys()]).toEqual(DATASET.indicators.map((i) => i.id));
    const typeYear = (year: 2024 | 2025): void =>
      DATASET.indicators.forEach((ind, i) => {
        kpi.getCell(rowOf.get(ind.id) as number, LAYOUT.col(yearKey(year))).value = typed(ind, i, year);
      });
    const stamp = (at: Date) => ({ at: at.toISOString(), by: "企画課" });
    const entry = (year: number, i: number, over: Partial<EntryInput>): EntryInput => ({
      year,
      indicatorId: (DATASET.indicators[i] as Dataset["indicators"][number]).id,
      analysis: "",
      issues: "",
      direction: "",
      externalFactor: "",
      committeeGrade: "",
      committeeReason: "",
      ...over,
    });

    // 2024: actuals, the committee's entries (a grade for the first ten, every one of the five in turn), close.
    typeYear(2024);
    const committee = (i: number): string => (i < 10 ? (COMMITTEE_GRADES[i % COMMITTEE_GRADES.length] as string) : "");
    const entries2024 = DATASET.indicators.map((_, i) =>
      entry(2024, i, {
        committeeGrade: committee(i) as EntryInput["committeeGrade"],
        committeeReason: committee(i) ? "委員会の判断" : "",
        externalFactor: i % 7 === 1 ? "新型コロナウイルス感染症の影響" : "",
        direction: "継続",
      }),
    );
    for (const e of entries2024) {
      const saved = await saveEvaluationEntry(port, e, stamp(CLOSED_AT));
      if (!saved.ok) throw new Error(failureLines(saved.failure, "ja").join("\n"));
    }
    const closed = await closeEvaluationYear(port, DATASET, {
      year: 2024,
      replace: false,
      by: "企画課",
      now: CLOSED_AT,
    });
    if (!closed.ok) throw new Error(failureLines(closed.failure, "ja").join("\n"));
    const closedOf = new Map<string, ClosedRecord>(closed.records.map((r) => [r.indicatorId, r]));
    // The closed records are the twin's 2024 (no revision applies to 2024) with the committee's grades.
    DATASET.indicators.forEach((ind, i) => {
      const t = twin(i, 2024, []);
      expect([ind.id, closedOf.get(ind.id)?.formulaGrade, closedOf.get(ind.id)?.committeeGrade]).toEqual([
        ind.id,
        t.grade,
        committee(i),
      ]);
    });

    // A 2024 actual typed again after the close: 「KPI一覧」 moves, 2024's frozen grade does not.
    const movedIndex = DATASET.indicators.findIndex(
      (_, i) => closedOf.get(DATASET.indicators[i]?.id ?? "")?.formulaGrade === "A 達成",
    );
    const moved = DATASET.indicators[movedIndex] as Dataset["indicators"][number];
    const movedInput = statusInputOf(moved);
    retyped.set(movedIndex, movedInput.base as number);
    kpi.getCell(rowOf.get(moved.id) as number, LAYOUT.col(yearKey(2024))).value = movedInput.base;
    expect(twin(movedIndex, 2024, []).grade).not.toBe("A 達成");

    // 2025: 評価年度 in 「設定」 (the cell the defined name 評価年度 points at), actuals, a revision, entries.
    const settings = wb.getWorksheet(SETTINGS_SHEET);
    if (!settings) throw new Error("no 設定");
    settings.getCell(SETTINGS_ROWS.evaluationYear, 2).value = 2025;
    typeYear(2025);
    const revisedIndex = DATASET.indicators.findIndex((ind) => {
      const input = statusInputOf(ind);
      return input.rule === "increase" && input.target !== null && input.base !== null && input.target > input.base;
    });
    const revisedInd = DATASET.indicators[revisedIndex] as Dataset["indicators"][number];
    const original = statusInputOf(revisedInd).target as number;
    const revisedValue = Math.round(original * 1.2);
    const revised = await reviseTarget(port, DATASET, {
      indicatorId: revisedInd.id,
      value: revisedValue,
      fromYear: 2025,
      reason: "上位計画の改定",
      meeting: 3,
      now: LATER,
    });
    if (!revised.ok) throw new Error(failureLines(revised.failure, "ja").join("\n"));
    expect(revised.revision).toMatchObject({ revisedTarget: revisedValue, fromYear: 2025, originalTarget: original });
    const ledger = [revised.revision];
    const prepared = await prepareEvaluationYear(port, 2025);
    if (!prepared.ok) throw new Error(failureLines(prepared.failure, "ja").join("\n"));
    expect(prepared.value.entries).toBe(DATASET.indicators.length);
    const committee2025 = (i: number): string =>
      i >= 5 && i < 15 ? (COMMITTEE_GRADES[(i + 2) % COMMITTEE_GRADES.length] as string) : "";
    const entries2025 = DATASET.indicators.map((_, i) =>
      entry(2025, i, {
        committeeGrade: committee2025(i) as EntryInput["committeeGrade"],
        externalFactor: i % 5 === 3 ? "物価高騰の影響" : "",
      }),
    );
    for (const e of entries2025.filter((e) => e.committeeGrade !== "" || e.externalFactor !== "")) {
      const saved = await saveEvaluationEntry(port, e, stamp(LATER));
      if (!saved.ok) throw new Error(failureLines(saved.failure, "ja").join("\n"));
    }

    const file = join(OUT, "cycle-2025.xlsx");
    writeFileSync(file, await packXlsx(wb));
    const history = readTableRows(await load(readFileSync(file)), CLOSED_CONTRACT.table);
    if (!history) throw new Error("評価履歴 lost its table");
    expect(readClosedRecords(history).records.map((r) => r.record)).toEqual(closed.records);

    const csv = recalculateToCsv(file, join(OUT, "lo"), [
      KPI_SHEET,
      EVALUATION_CONTRACT.sheet,
      CLOSED_CONTRACT.sheet,
      SUMMARY_SHEET,
    ]);

    // 「KPI一覧」: the target in force, 達成率/期待進捗/評価 against it, 前回評価 「<2024 closed> → <2025>」.
    const kpiRows = parseCsv(csv.get(KPI_SHEET) ?? "");
    const cellOf = (row: readonly string[], key: KpiColumnKey) => scalar(row[LAYOUT.col(key) - 1]);
    const grades2025 = new Map<string, Grade>();
    DATASET.indicators.forEach((ind, i) => {
      const row = kpiRows[(rowOf.get(ind.id) as number) - 1] ?? [];
      const t = twin(i, 2025, ledger);
      grades2025.set(ind.id, t.grade);
      const label = (key: string) => `${ind.id} ${key}`;
      expect(cellOf(row, "id")).toBe(ind.id);
      if (i === revisedIndex) expect(t.target).toBe(revisedValue);
      expectNumber(cellOf(row, "targetInForce"), t.target, label("適用目標値"));
      expectNumber(cellOf(row, "progress"), t.progress, label("達成率"));
      expectNumber(cellOf(row, "expected"), t.expected, label("期待進捗"));
      expect([label("評価"), cellOf(row, "grade")]).toEqual([label("評価"), t.grade]);
      const previous = previousGradeText(closedOf.get(ind.id)?.formulaGrade ?? null, t.grade);
      expect([label("前回評価"), cellOf(row, "previousGrade")]).toEqual([label("前回評価"), previous]);
    });
    // The revision changed the revised indicator's grade basis: its 達成率 is not the original target's.
    const unrevised = twin(revisedIndex, 2025, []);
    expect(twin(revisedIndex, 2025, ledger).progress).not.toBe(unrevised.progress);

    // 「評価」: 2024's rows show the frozen grade, 2025's the live one; 算定との差異 where the committee differs.
    const ev = table(csv.get(EVALUATION_CONTRACT.sheet), RECORD_HEADER_ROW);
    const evCol = (key: EvaluationColumnKey) => ev.at(header(EVALUATION_CONTRACT, key));
    const seen = new Set<string>();
    let differing = 0;
    for (const row of ev.rows) {
      const id = row[evCol("indicatorId")] ?? "";
      if (id === "") continue;
      const year = Number(row[evCol("year")]);
      const formulaGrade = year === 2024 ? (closedOf.get(id)?.formulaGrade ?? "") : (grades2025.get(id) ?? "");
      const given = (year === 2024 ? entries2024 : entries2025).find((e) => e.indicatorId === id);
      const difference = expectedDifference(formulaGrade, given?.committeeGrade ?? "");
      if (difference !== "") differing += 1;
      expect([year, id, row[evCol("formulaGrade")], row[evCol("committeeGrade")], row[evCol("difference")]]).toEqual([
        year,
        id,
        formulaGrade,
        given?.committeeGrade ?? "",
        difference,
      ]);
      seen.add(`${year}|${id}`);
    }
    expect(seen.size).toBe(2 * DATASET.indicators.length);
    // The cases reach what they test: committee grades that differ from the formula's in both years.
    expect(differing).toBeGreaterThanOrEqual(4);

    // 「概要」: 2025's outside factors, counted apart.
    const summary = parseCsv(csv.get(SUMMARY_SHEET) ?? "");
    const factorRow = summary.find((r) => r[0] === "外的要因あり");
    expect(scalar(factorRow?.[1])).toBe(entries2025.filter((e) => e.externalFactor !== "").length);

    // 「評価履歴」: 2024's rows as closed, after LibreOffice recalculated everything else.
    const hist = table(csv.get(CLOSED_CONTRACT.sheet), RECORD_HEADER_ROW);
    const hCol = (key: ClosedColumnKey) => hist.at(header(CLOSED_CONTRACT, key));
    const shown = hist.rows
      .filter((r) => (r[hCol("indicatorId")] ?? "") !== "")
      .map((r) => [
        r[hCol("key")],
        r[hCol("state")],
        Number(r[hCol("year")]),
        r[hCol("indicatorId")],
        scalar(r[hCol("latest")]),
        scalar(r[hCol("target")]),
        r[hCol("formulaGrade")],
        r[hCol("committeeGrade")],
        r[hCol("externalFactor")],
      ]);
    expect(shown).toEqual(
      closed.records.map((r) => [
        `2024|${r.indicatorId}`,
        "確定",
        2024,
        r.indicatorId,
        r.latest,
        r.target,
        r.formulaGrade,
        r.committeeGrade,
        r.externalFactor,
      ]),
    );
  }, 240_000);
});
