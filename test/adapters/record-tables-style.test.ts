/**
 * Rows a use case appends to the 効果検証 tables look like the rows the plan built, on both backends: every contract
 * column of an appended row carries the plan's first row's style (fill, font, borders, wrap) and number format
 * (the render of a whole cycle showed appended 「評価」 rows on the xlsx backend bare: no input fill, no borders).
 * 「評価」「総括意見」 are built with rows (the appended row lands below them); 「評価履歴」「指標見直し」 empty (the first
 * append fills the blank row, the second lands below it).
 */
import { applyWorkbookPlan } from "../../src/adapters/office";
import { officeRecordTablesPort } from "../../src/adapters/office/record-tables";
import { writeWorkbookXlsx } from "../../src/adapters/xlsx";
import { xlsxRecordTablesPort } from "../../src/adapters/xlsx/record-tables";
import type { TargetRevision } from "../../src/domain/evaluation/types";
import { closedCellFormat } from "../../src/plan/closed-history-sheet";
import { evaluationFormulaCells } from "../../src/plan/evaluation-sheets";
import { fiscalYearCell } from "../../src/plan/formats";
import { revisionRecordCells } from "../../src/plan/revisions-sheet";
import type { WorkbookPlan } from "../../src/plan/types";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import {
  CLOSED_CONTRACT,
  EVALUATION_CONTRACT,
  REVISIONS_CONTRACT,
  SUMMARY_OPINIONS_CONTRACT,
  type ClosedColumnKey,
  type RecordSheetContract,
} from "../../src/workbook/evaluation-columns";
import { layoutOf } from "../../src/workbook/kpi-columns";
import type { RecordCells } from "../../src/workbook/record-rows";
import { fakeRowLooks, xlsxRowLooks } from "../support/cell-looks";
import { createFakeExcel } from "../support/fake-excel";
import { load } from "../fixtures/comments/workbook";
import { loadFixture } from "../plan/plan-readback";

const dataset = loadFixture("mixed");
const YEAR = 2024;
const plan = (): WorkbookPlan =>
  buildWorkbookPlan(dataset, { builtAt: new Date("2026-11-24T09:00:00Z"), evaluationYear: YEAR });
const indicator = dataset.indicators[0];
if (!indicator) throw new Error("fixture has no indicator");

/** What a person sees of a cell: one comparable value per backend. */
type Look = unknown;

interface Opened {
  readonly port: ReturnType<typeof officeRecordTablesPort> | ReturnType<typeof xlsxRecordTablesPort>;
  /** The look of each cell of a sheet row, columns 1…n (after a save and load on xlsx). */
  looks(sheet: string, row: number, columns: number): Promise<Look[]>;
}

const BACKENDS: readonly { name: string; open(): Promise<Opened> }[] = [
  {
    name: "Office (recording fake)",
    async open() {
      const excel = createFakeExcel();
      const applied = await applyWorkbookPlan(excel.context, plan(), { isSetSupported: () => true });
      if (!applied.ok) throw new Error(JSON.stringify(applied));
      const host = {
        run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(excel.context),
        isSetSupported: () => true,
      };
      const state = excel.fake.state;
      return {
        port: officeRecordTablesPort(host),
        looks: async (sheet, row, columns) => fakeRowLooks(state, sheet, row, columns),
      };
    },
  },
  {
    name: "xlsx (exceljs)",
    async open() {
      const wb = await load(await writeWorkbookXlsx(plan()));
      return {
        port: xlsxRecordTablesPort(wb),
        looks: (sheet, row, columns) => xlsxRowLooks(wb, sheet, row, columns),
      };
    },
  },
];

/** `look` with the number format `format`, in whichever backend's shape (numberFormat on Office, numFmt on xlsx). */
function withNumberFormat(look: Look, format: string): Look {
  const l = look as Record<string, unknown>;
  return "numFmt" in l ? { ...l, numFmt: format } : { ...l, numberFormat: format };
}

const revision = (id: string, fromYear: number): TargetRevision => ({
  indicatorId: id,
  name: "指標",
  originalTarget: 10,
  originalTargetYear: 2027,
  revisedTarget: 12,
  revisedTargetYear: null,
  fromYear,
  reason: "見直し",
  meeting: 2,
  recordedAt: "2026-11-28T01:00:00.000Z",
});

const closed = (year: number): RecordCells<ClosedColumnKey> => ({
  key: { value: `${year}|${indicator.id}` },
  state: { value: "確定" },
  year: { value: year, numberFormat: closedCellFormat("year", year) },
  indicatorId: { value: indicator.id },
  name: { value: indicator.name },
  latest: { value: 12.5, numberFormat: "General" },
  progress: { value: 0.5, numberFormat: "0.0%" },
  formulaGrade: { value: "B 順調" },
  closedAt: { value: "2026-11-28T01:00:00.000Z" },
  closedBy: { value: "企画課" },
});

interface Case {
  readonly contract: RecordSheetContract<string>;
  /** The rows to append; the last one is the row compared (it lands below the plan's rows). */
  readonly rows: readonly RecordCells<string>[];
}

const CASES: readonly Case[] = [
  {
    contract: EVALUATION_CONTRACT as RecordSheetContract<string>,
    rows: [
      {
        year: fiscalYearCell(YEAR + 1),
        indicatorId: { value: indicator.id },
        name: { value: indicator.name },
        department: { value: "企画課" },
        ...evaluationFormulaCells(layoutOf(dataset)),
        analysis: { value: "周知が進んだ" },
      },
    ],
  },
  {
    contract: SUMMARY_OPINIONS_CONTRACT as RecordSheetContract<string>,
    rows: [{ year: fiscalYearCell(YEAR + 1), target: { value: "全体" }, text: { value: "おおむね順調" } }],
  },
  { contract: CLOSED_CONTRACT as RecordSheetContract<string>, rows: [closed(YEAR - 1), closed(YEAR)] },
  {
    contract: REVISIONS_CONTRACT as RecordSheetContract<string>,
    rows: [revision(indicator.id, YEAR), revision(indicator.id, YEAR + 1)].map(revisionRecordCells),
  },
];

describe.each(BACKENDS)("appended record rows look like the plan's ($name)", (backend) => {
  it.each(CASES.map((c) => [c.contract.sheet, c] as const))(
    "「%s」: each column of an appended row has the plan's first row's style and number format",
    async (_sheet, c) => {
      const opened = await backend.open();
      const width = c.contract.columns.length;
      const planned = await opened.looks(c.contract.sheet, 2, width);
      const before = await opened.port.readRecordTable(c.contract);
      if (before.kind !== "table") throw new Error("missing table");
      const written = await opened.port.appendRecordRows(c.contract, c.rows);
      expect(written).toMatchObject({ ok: true });
      const after = await opened.port.readRecordTable(c.contract);
      if (after.kind !== "table") throw new Error("missing table");
      const lastRow = after.firstRow + after.rows.length - 1;
      expect(lastRow).toBeGreaterThan(2);
      const appended = await opened.looks(c.contract.sheet, lastRow, width);
      // A cell the use case gives its own number format keeps it (a year's label, 「令和7年度(2025)」, differs per
      // row by design: plan/formats.ts fiscalYearCell); every other look is the plan's first row's.
      const last = c.rows[c.rows.length - 1] as Record<string, { numberFormat?: string } | undefined>;
      c.contract.columns.forEach((col, i) => {
        const own = last[col.key]?.numberFormat;
        const expected = own === undefined ? planned[i] : withNumberFormat(planned[i], own);
        expect({ column: col.header, look: appended[i] }).toEqual({ column: col.header, look: expected });
      });
    },
    60_000,
  );
});
