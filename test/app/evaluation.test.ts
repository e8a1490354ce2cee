/**
 * The 「評価」「総括意見」 use cases against both backends (the Office port on the recording fake, the xlsx port on a
 * real exceljs workbook saved and loaded again before each read-back): save, import (all-or-nothing), a closed year
 * refused, a year prepared, and the sheets set up in a workbook built before them.
 */
import type ExcelJS from "exceljs";
import {
  importEvaluationCsv,
  listEvaluation,
  prepareEvaluationYear,
  saveEvaluationEntry,
  saveSummaryOpinion,
  setUpEvaluationSheets,
} from "../../src/app/evaluation";
import { failureLines, type EvaluationRecordsPort } from "../../src/app/evaluation-reads";
import { applyWorkbookPlan } from "../../src/adapters/office";
import { officeEvaluationKpiPort } from "../../src/adapters/office/evaluation-kpi";
import { officeRecordTablesPort } from "../../src/adapters/office/record-tables";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxEvaluationKpiPort } from "../../src/adapters/xlsx/evaluation-kpi";
import { prepareLoadedWorkbookForWrite } from "../../src/adapters/xlsx/prepare-loaded";
import { xlsxRecordTablesPort } from "../../src/adapters/xlsx/record-tables";
import type { EntryInput } from "../../src/domain/evaluation/entries";
import type { WorkbookPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import {
  CLOSED_CONTRACT,
  EVALUATION_SHEET,
  EVALUATION_SHEET_NAMES,
  SUMMARY_OPINIONS_SHEET,
} from "../../src/workbook/evaluation-columns";
import { createFakeExcel } from "../support/fake-excel";
import { load, reload } from "../fixtures/comments/workbook";
import { loadFixture } from "../plan/plan-readback";

const dataset = loadFixture("mixed");
const YEAR = 2024;
const ID = dataset.indicators[1]?.id as string;
const stamp = { at: "2026-11-28T10:00:00+09:00", by: "企画課" };

interface Opened {
  readonly port: EvaluationRecordsPort;
  /** A new port over what was written (Office: a second context; xlsx: saved and loaded again). */
  reopen(): Promise<EvaluationRecordsPort>;
}

const BACKENDS: readonly { name: string; open(plan: WorkbookPlan): Promise<Opened> }[] = [
  {
    name: "Office (recording fake)",
    async open(plan) {
      const excel = createFakeExcel();
      const applied = await applyWorkbookPlan(excel.context, plan, { isSetSupported: () => true });
      if (!applied.ok) throw new Error(JSON.stringify(applied));
      const portOn = (context: Excel.RequestContext) => {
        const host = {
          run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context),
          isSetSupported: () => true,
        };
        return { ...officeRecordTablesPort(host), ...officeEvaluationKpiPort(host) };
      };
      return {
        port: portOn(excel.context),
        reopen: async () => portOn(createFakeExcel({ state: excel.fake.state }).context),
      };
    },
  },
  {
    name: "xlsx (exceljs)",
    async open(plan) {
      let wb: ExcelJS.Workbook = await load(await writeWorkbookXlsx(plan));
      const portOn = (w: ExcelJS.Workbook) => ({ ...xlsxRecordTablesPort(w), ...xlsxEvaluationKpiPort(w) });
      return {
        port: portOn(wb),
        async reopen() {
          prepareLoadedWorkbookForWrite(wb);
          wb = await reload(wb);
          return portOn(wb);
        },
      };
    },
  },
];

const plan = (): WorkbookPlan =>
  buildWorkbookPlan(dataset, { builtAt: new Date("2026-11-24T09:00:00Z"), evaluationYear: YEAR });
const entry = (over: Partial<EntryInput> = {}): EntryInput => ({
  year: YEAR,
  indicatorId: ID,
  analysis: "相談窓口の周知が進んだ",
  issues: "若年層の利用",
  direction: "継続",
  externalFactor: "",
  committeeGrade: "B 順調",
  committeeReason: "",
  ...over,
});

async function listed(port: EvaluationRecordsPort, year = YEAR) {
  const list = await listEvaluation(port, year);
  if (list.kind !== "ready") throw new Error("missing");
  return list;
}

/** A 確定 row of 「評価履歴」 for `year`, as closing writes it. */
async function close(port: EvaluationRecordsPort, year: number): Promise<void> {
  const written = await port.appendRecordRows(CLOSED_CONTRACT, [
    {
      key: { value: `${year}|${ID}` },
      state: { value: "確定" },
      year: { value: year },
      indicatorId: { value: ID },
      name: { value: "x" },
      formulaGrade: { value: "C 遅れ" },
      datasetVersion: { value: "1" },
      closedAt: { value: "2026-06-01" },
      closedBy: { value: "事務局" },
    },
  ]);
  if (!written.ok) throw new Error(JSON.stringify(written));
}

describe.each(BACKENDS)("evaluation use cases ($name)", (backend) => {
  jest.setTimeout(60_000);

  it("lists the pre-filled rows of 評価年度 and saves an entry and an opinion into them", async () => {
    const opened = await backend.open(plan());
    const before = await listed(opened.port);
    expect(before.entries.map((e) => e.indicatorId)).toEqual(dataset.indicators.map((i) => i.id));
    expect(before.opinions.map((o) => o.target)).toEqual(["全体", ...dataset.basicGoals.map((g) => `基本目標${g.id}`)]);
    expect(await saveEvaluationEntry(opened.port, entry(), stamp)).toMatchObject({ ok: true });
    expect(
      await saveSummaryOpinion(opened.port, { year: YEAR, target: "全体", text: "概ね順調" }, stamp),
    ).toMatchObject({
      ok: true,
    });
    const after = await listed(await opened.reopen());
    expect(after.entries).toHaveLength(dataset.indicators.length);
    expect(after.entries.find((e) => e.indicatorId === ID)).toMatchObject({
      ...entry(),
      name: dataset.indicators[1]?.name,
      updatedAt: stamp.at,
      updatedBy: stamp.by,
    });
    expect(after.opinions.find((o) => o.target === "全体")?.text).toBe("概ね順調");
    expect(after.warnings).toEqual([]);
  });

  it("imports a CSV (grades given as letters), keeping what blank cells leave", async () => {
    const opened = await backend.open(plan());
    await saveEvaluationEntry(opened.port, entry({ analysis: "部署の分析" }), stamp);
    const csv = [
      "評価年度,対象,要因分析,課題,今後の方向性,外的要因,委員会評価,理由,総括意見",
      `${YEAR},${ID},,,改善,新型コロナウイルス感染症の影響,C,"理由1\n二行目",`,
      `${YEAR},全体,,,,,,,全体として順調`,
      `${YEAR},基本目標1,,,,,,理由を総括意見に,`,
    ].join("\r\n");
    const imported = await importEvaluationCsv(opened.port, csv, stamp);
    expect(imported).toEqual({ ok: true, value: { entries: 1, opinions: 2 } });
    const after = await listed(await opened.reopen());
    expect(after.entries.find((e) => e.indicatorId === ID)).toMatchObject({
      analysis: "部署の分析",
      direction: "改善",
      externalFactor: "新型コロナウイルス感染症の影響",
      committeeGrade: "C 遅れ",
      committeeReason: "理由1\n二行目",
    });
    expect(after.opinions.map((o) => [o.target, o.text]).slice(0, 2)).toEqual([
      ["全体", "全体として順調"],
      ["基本目標1", "理由を総括意見に"],
    ]);
  });

  it("refuses a CSV with an unknown id, a year outside the plan or a closed year, writing nothing", async () => {
    const opened = await backend.open(plan());
    await close(opened.port, YEAR - 1);
    const csv = [
      "評価年度,対象,要因分析,課題,今後の方向性,外的要因,委員会評価,理由",
      `${YEAR},${ID},書いてはいけない,,,,,`,
      `${YEAR},9-9-K9,,,,,,`,
      `1999,${ID},,,,,,`,
      `${YEAR - 1},${ID},,,,,,`,
      `${YEAR},${ID},,,拡張,,E,`,
    ].join("\n");
    const result = await importEvaluationCsv(opened.port, csv, stamp);
    if (result.ok) throw new Error("imported");
    const lines = failureLines(result.failure, "ja");
    expect(lines.map((l) => l.split(":")[0])).toEqual([
      "CSV 3行目 対象",
      "CSV 4行目 評価年度",
      "CSV 6行目 今後の方向性",
      "CSV 6行目 委員会評価",
      "CSV 6行目 対象",
    ]);
    // The closed year is found once the rows are otherwise good.
    const closedOnly = await importEvaluationCsv(
      opened.port,
      `評価年度,対象,要因分析,課題,今後の方向性,外的要因,委員会評価,理由\n${YEAR - 1},${ID},,,,,,`,
      stamp,
    );
    if (closedOnly.ok) throw new Error("imported");
    expect(failureLines(closedOnly.failure, "ja")).toEqual([
      `CSV 2行目 評価年度: 令和5年度(${YEAR - 1})は確定済みです（「評価履歴」）。確定した年度の評価・総括意見は変更できません。`,
    ]);
    const after = await listed(await opened.reopen());
    expect(after.entries.every((e) => e.analysis === "")).toBe(true);
  });

  it("prepares a year's rows once, and refuses a closed year", async () => {
    const opened = await backend.open(plan());
    expect(await prepareEvaluationYear(opened.port, YEAR + 1)).toEqual({
      ok: true,
      value: { entries: dataset.indicators.length, opinions: 1 + dataset.basicGoals.length },
    });
    expect(await prepareEvaluationYear(opened.port, YEAR + 1)).toEqual({
      ok: true,
      value: { entries: 0, opinions: 0 },
    });
    const next = await listed(await opened.reopen(), YEAR + 1);
    expect(next.entries.map((e) => e.indicatorId)).toEqual(dataset.indicators.map((i) => i.id));
    await close(opened.port, YEAR - 1);
    const refused = await prepareEvaluationYear(opened.port, YEAR - 1);
    expect(refused).toMatchObject({ ok: false, failure: { kind: "refused", problems: [{ code: "yearIsClosed" }] } });
  });

  it("sets 「評価」「総括意見」 up in a workbook built before them", async () => {
    // 「評価履歴」「指標見直し」 stay: 「KPI一覧」's formulas read them, and the fake (like Excel) refuses a formula
    // naming a missing sheet; the xlsx test below adds all four.
    const NEW_SHEETS = [EVALUATION_SHEET, SUMMARY_OPINIONS_SHEET];
    const older = plan();
    const opened = await backend.open({
      ...older,
      // …and 「概要」 without its 外的要因 count, which reads 「評価」.
      sheets: older.sheets
        .filter((s) => !NEW_SHEETS.includes(s.name))
        .map((s) => (s.name === "概要" ? { ...s, rows: s.rows.map((r, i) => (i === 4 ? [] : r)) } : s)),
    });
    expect(await listEvaluation(opened.port, YEAR)).toEqual({ kind: "missing" });
    expect(await setUpEvaluationSheets(opened.port)).toEqual({ ok: true, value: NEW_SHEETS });
    const after = await listed(await opened.reopen());
    expect(after.entries.map((e) => e.indicatorId)).toEqual(dataset.indicators.map((i) => i.id));
    expect(await setUpEvaluationSheets(opened.port)).toEqual({ ok: true, value: [] });
  });
});

describe("evaluation set-up (xlsx)", () => {
  it("adds all four sheets to a workbook that has none of them", async () => {
    const older = plan();
    const opened = await BACKENDS[1]!.open({
      ...older,
      sheets: older.sheets.filter((s) => !EVALUATION_SHEET_NAMES.includes(s.name)),
    });
    expect(await setUpEvaluationSheets(opened.port)).toEqual({ ok: true, value: EVALUATION_SHEET_NAMES });
    const after = await listed(await opened.reopen());
    expect(after.entries).toHaveLength(dataset.indicators.length);
  });
});
