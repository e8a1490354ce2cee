/**
 * Issue #11: after a refresh of an .xlsx, every conditional format the plan and the comments set-up put on
 * 「KPI一覧」 is in the written file, over the new row range (the open-comment mark on the ID column was dropped), the
 * year labels' rules with their dxf number format; rules loaded with a number format are written back intact.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../../src/domain/dataset/schema";
import { buildWorkbookPlan } from "../../../src/plan/workbook";
import { writeWorkbookXlsx } from "../../../src/adapters/xlsx";
import { refreshXlsx } from "../../../src/app/refresh-xlsx";
import { KPI_SHEET, SETTINGS_SHEET } from "../../../src/workbook/names";
import type { ConditionalFormatPlan } from "../../../src/plan/types";
import { noticeText } from "../../../src/workbook/refresh-notice";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../../seeds/kpi-dataset.json"), "utf8")),
);
const AT = "2026-11-24T01:00:00.000Z";

interface ExcelJsRule {
  type: string;
  formulae?: string[];
  /** As exceljs reads a dxf number format back. */
  style?: { numFmt?: { formatCode?: string } };
}

/** "type range formula" per rule of a sheet as exceljs reads it back. */
function rulesOf(ws: ExcelJS.Worksheet): string[] {
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: ExcelJsRule[] }[] })
    .conditionalFormattings;
  return cfs
    .flatMap((cf) =>
      cf.rules.map((r) => {
        const numberFormat = r.style?.numFmt?.formatCode ? ` ${r.style.numFmt.formatCode}` : "";
        return `${r.type} ${cf.ref} ${r.type === "dataBar" ? "" : (r.formulae?.[0] ?? "")}${numberFormat}`;
      }),
    )
    .sort();
}

/** The plan's rules with their ranges ending at `last` (as planned without it), in the same shape. */
function planRules(rules: readonly ConditionalFormatPlan[], last?: number): string[] {
  return rules
    .map((r) => {
      // The table's rules grow with its rows; the legend's samples (single cells in row 1) stay where they are.
      const range = r.range.includes(":") && last !== undefined ? r.range.replace(/\d+$/, String(last)) : r.range;
      // A year's label rule carries its number format (実績年度, 適用目標年度: plan/formats.ts yearLabelRules).
      const numberFormat = r.kind === "expression" && r.numberFormat ? ` ${r.numberFormat}` : "";
      return r.kind === "dataBar"
        ? `dataBar ${range} `
        : `expression ${range} ${r.formula.replace(/^=/, "")}${numberFormat}`;
    })
    .sort();
}

describe("refresh of an .xlsx keeps every rule of 「KPI一覧」", () => {
  test("the plan's rules and the open-comment marks (ID and 未対応意見 columns) cover the new rows", async () => {
    const built = await writeWorkbookXlsx(buildWorkbookPlan(bundled, { builtAt: new Date(AT) }));
    const next: Dataset = structuredClone(bundled);
    next.datasetVersion = "1.1.0";
    next.indicators.push({ ...structuredClone(next.indicators[0]!), id: next.indicators[0]!.id.replace(/\d+$/, "9") });

    const result = await refreshXlsx({
      xlsx: new Uint8Array(built),
      dataset: next,
      history: { at: AT, who: "t", source: "next.json" },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => noticeText("en", p)).join("\n"));
    const last = 3 + result.plan.rows.length;
    expect(last).toBe(3 + bundled.indicators.length + 1);

    const out = new ExcelJS.Workbook();
    await out.xlsx.load(result.bytes as unknown as ArrayBuffer);
    const expected = buildWorkbookPlan(next, { builtAt: new Date(AT) }).sheets.find((s) => s.name === KPI_SHEET)!;
    // The ID column's mark is one of them (A4:A<last>), so the test cannot pass without it.
    expect(planRules(expected.conditionalFormats, last).some((r) => r.startsWith(`expression A4:A${last} `))).toBe(
      true,
    );
    expect(planRules(expected.conditionalFormats, last).filter((r) => r.endsWith('"令和6年度(2024)"'))).toHaveLength(2);
    expect(rulesOf(out.getWorksheet(KPI_SHEET)!)).toEqual(planRules(expected.conditionalFormats, last));
  });

  test("a second refresh leaves the same rules, none doubled", async () => {
    const built = await writeWorkbookXlsx(buildWorkbookPlan(bundled, { builtAt: new Date(AT) }));
    const once = await refreshXlsx({
      xlsx: new Uint8Array(built),
      dataset: bundled,
      history: { at: AT, who: "t", source: "a" },
    });
    if (!once.ok) throw new Error("first refresh");
    const twice = await refreshXlsx({ xlsx: once.bytes, dataset: bundled, history: { at: AT, who: "t", source: "b" } });
    if (!twice.ok) throw new Error("second refresh");
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(twice.bytes as unknown as ArrayBuffer);
    const expected = buildWorkbookPlan(bundled, { builtAt: new Date(AT) }).sheets.find((s) => s.name === KPI_SHEET)!;
    expect(rulesOf(out.getWorksheet(KPI_SHEET)!)).toEqual(
      planRules(expected.conditionalFormats, 3 + bundled.indicators.length),
    );
    // 「設定」's year rules went through two loads and writes: their number formats are still codes, not objects.
    const settings = buildWorkbookPlan(bundled, { builtAt: new Date(AT) }).sheets.find(
      (s) => s.name === SETTINGS_SHEET,
    )!;
    expect(rulesOf(out.getWorksheet(SETTINGS_SHEET)!)).toEqual(planRules(settings.conditionalFormats));
    const JSZip = (await import("jszip")).default;
    const styles = await (await JSZip.loadAsync(twice.bytes)).file("xl/styles.xml")!.async("string");
    expect(styles).not.toContain("[object Object]");
  });
});
