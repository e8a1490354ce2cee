/** The rules a refresh writes on 「KPI一覧」 (refresh/kpi-rules.ts): the plan's, and the marks where the counts are. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSchema, type Dataset } from "../../src/domain/dataset/schema";
import { buildKpiSheet } from "../../src/plan/kpi-sheet";
import { refreshRules } from "../../src/refresh/kpi-rules";
import { verificationMarkRule } from "../../src/plan/verification-sheet";
import { layoutOf } from "../../src/workbook/kpi-columns";
import type { FoundHeader } from "../../src/workbook/kpi-state";
import { columnLetter } from "../../src/lib/a1";

const bundled: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")),
);
const layout = layoutOf(bundled);
const sample = buildKpiSheet({ ...bundled, indicators: bundled.indicators.slice(0, 1) }, "");
const header = (text: string, column: number): FoundHeader => ({ text, column, address: `${columnLetter(column)}3` });
/** The sample's rules on the table's rows; the legend's in row 1 are not the refresh's to write (issue #13). */
const tableRules = sample.conditionalFormats.filter((r) => !/^[A-Z]+1(:|$)/.test(r.range));

describe("refreshRules", () => {
  it("without count columns: the plan's rules, stretched to the last row", () => {
    const r = refreshRules({ layout, sample, extraColumns: [header("担当課", 40)], lastRow: 60 });
    expect(tableRules.length).toBeLessThan(sample.conditionalFormats.length);
    expect(r.rules.slice(0, tableRules.length)).toEqual(
      tableRules.map((rule) => ({ ...rule, range: rule.range.replace(/\d+$/, "60") })),
    );
    // Then 要確認's warning fill, which the plan adds with 「確認事項」 (not in the one-row sample).
    expect(r.rules.slice(tableRules.length)).toEqual([verificationMarkRule(layout, 4, 60)]);
    for (const rule of r.rules) expect(rule.range).toMatch(/4:[A-Z]+60$/);
    expect(r.countColumns).toEqual([]);
  });

  it("with the count columns (wherever they were): the marks on ID and 未対応意見 at their new place", () => {
    const w = layout.columns.length;
    const extras = [header("担当課", 50), header("意見数", 51), header(" 未対応意見 ", 52)];
    const r = refreshRules({ layout, sample, extraColumns: extras, lastRow: 60 });
    expect(r.countColumns).toEqual([w + 2, w + 3]);
    expect(r.countColumnsBefore).toEqual([51, 52]);
    const marks = r.rules.slice(tableRules.length + 1).map((m) => m.range);
    expect(marks).toEqual([`${columnLetter(w + 3)}4:${columnLetter(w + 3)}60`, "A4:A60"]);
  });
});
