/**
 * Issue #11: a refresh through Office.js cleared the conditional formats over the plan's columns (the ID column
 * among them) and never put the open-comment mark back. After a refresh every rule the plan and the comments set-up
 * put on 「KPI一覧」 is there, over the new row range, and none twice — the year labels' rules with their number format
 * (custom.format.numberFormat) too.
 */
import { type Dataset } from "../../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { refreshWorkbookOffice } from "../../../src/app/refresh-office";
import { KPI_SHEET } from "../../../src/workbook/names";
import type { ConditionalFormatPlan } from "../../../src/plan/types";
import { type FakeSheetState } from "../../support/fake-excel";
import { noticeText } from "../../../src/workbook/refresh-notice";
import { AT, builtOffice, bundled } from "../../fixtures/adapters/office-built";

/** "type range formula" per rule in the fake. */
function rulesOf(sheet: FakeSheetState): string[] {
  return sheet.conditionalFormats
    .map((cf) => {
      const custom = cf.custom as { rule?: { formula?: string }; format?: { numberFormat?: string } } | undefined;
      // A one-cell range as Excel names it (I1, where the fake keeps I1:I1).
      const address = cf.address.replace(/^.*!/, "").replace(/^([A-Z]+\d+):\1$/, "$1");
      const numberFormat = custom?.format?.numberFormat ? ` ${custom.format.numberFormat}` : "";
      return `${cf.type} ${address} ${cf.type === "Custom" ? (custom?.rule?.formula ?? "") : ""}${numberFormat}`;
    })
    .sort();
}

function planRules(rules: readonly ConditionalFormatPlan[], last: number): string[] {
  return rules
    .map((r) => {
      // The table's rules grow with its rows; the legend's samples (single cells in row 1) stay where they are.
      const range = r.range.includes(":") ? r.range.replace(/\d+$/, String(last)) : r.range;
      // A year's label rule carries its number format (実績年度, 適用目標年度: plan/formats.ts yearLabelRules).
      const numberFormat = r.kind === "expression" && r.numberFormat ? ` ${r.numberFormat}` : "";
      return r.kind === "dataBar" ? `DataBar ${range} ` : `Custom ${range} ${r.formula}${numberFormat}`;
    })
    .sort();
}

describe("refresh through Office.js keeps every rule of 「KPI一覧」", () => {
  test("the plan's rules and the open-comment marks (ID and 未対応意見 columns) cover the new rows", async () => {
    const excel = await builtOffice(bundled);
    const next: Dataset = structuredClone(bundled);
    next.datasetVersion = "1.1.0";
    next.indicators.push({ ...structuredClone(next.indicators[0]!), id: next.indicators[0]!.id.replace(/\d+$/, "9") });
    const result = await refreshWorkbookOffice(excel.context, {
      dataset: next,
      history: { at: AT, who: "t", source: "next.json" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    const last = 3 + result.plan.rows.length;
    const expected = buildWorkbookPlan(next, { builtAt: new Date(AT) }).sheets.find((s) => s.name === KPI_SHEET)!;
    expect(planRules(expected.conditionalFormats, last).some((r) => r.startsWith(`Custom A4:A${last} `))).toBe(true);
    expect(planRules(expected.conditionalFormats, last).filter((r) => r.endsWith('"令和6年度(2024)"'))).toHaveLength(2);
    expect(rulesOf(excel.fake.state.sheet(KPI_SHEET))).toEqual(planRules(expected.conditionalFormats, last));
  });

  test("a second refresh leaves the same rules, none doubled", async () => {
    const excel = await builtOffice(bundled);
    for (const source of ["a", "b"]) {
      const result = await refreshWorkbookOffice(excel.context, {
        dataset: bundled,
        history: { at: AT, who: "t", source },
      });
      if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    }
    const expected = buildWorkbookPlan(bundled, { builtAt: new Date(AT) }).sheets.find((s) => s.name === KPI_SHEET)!;
    expect(rulesOf(excel.fake.state.sheet(KPI_SHEET))).toEqual(
      planRules(expected.conditionalFormats, 3 + bundled.indicators.length),
    );
  });
});
