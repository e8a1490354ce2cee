/**
 * 担当課 in the dataset CSV (issue #12): an optional column, `department` as the template writes it or 「担当課」 as
 * staff may head it; empty = none. Revisions are not CSV columns: they come with the base dataset, like the plan.
 */
import { datasetFromCsv } from "../../../../src/domain/dataset/ingest/csv-dataset";
import type { Dataset } from "../../../../src/domain/dataset/schema";
import { csvRow, parseCsv } from "../../../../src/lib/csv";
import { bundled, csvText } from "../../../fixtures/refresh/hostile-sources";

/** The bundled CSV as a grid of texts (header first), to edit column by column. */
function grid(): string[][] {
  const parsed = parseCsv(csvText.replace(/^\uFEFF/, ""));
  if (!parsed.ok) throw new Error("the bundled CSV does not parse");
  return parsed.records.map((r) => r.map((c) => c.text));
}
const textOf = (rows: readonly (readonly string[])[]): string => `${rows.map((r) => csvRow(r)).join("\r\n")}\r\n`;

function parsed(text: string, base: Dataset = bundled): Dataset {
  const result = datasetFromCsv(text, base, "k.csv");
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.dataset;
}
function problems(text: string, base: Dataset = bundled): string[] {
  const result = datasetFromCsv(text, base, "k.csv");
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe("the 担当課 column of the dataset CSV", () => {
  it("is in the template, empty for the bundled dataset (its text names no department)", () => {
    const [header, ...rows] = grid();
    const at = (header ?? []).indexOf("department");
    expect(at).toBeGreaterThan(0);
    expect(rows.filter((r) => r.length > 1).every((r) => r[at] === "")).toBe(true);
  });

  it("reads a department per row, trimmed; an empty cell is none", () => {
    const rows = grid();
    const at = (rows[0] ?? []).indexOf("department");
    (rows[1] as string[])[at] = " 商工労働課 ";
    (rows[2] as string[])[at] = "   ";
    const dataset = parsed(textOf(rows));
    expect(dataset.indicators.slice(0, 3).map((i) => i.department)).toEqual(["商工労働課", null, null]);
  });

  it("takes 「担当課」 as the header of the same column", () => {
    const rows = grid();
    const at = (rows[0] ?? []).indexOf("department");
    (rows[0] as string[])[at] = "担当課";
    (rows[1] as string[])[at] = "子育て支援課";
    expect(parsed(textOf(rows)).indicators[0]?.department).toBe("子育て支援課");
  });

  it("is optional: a CSV without it (an older template) gives every indicator none", () => {
    const rows = grid();
    const at = (rows[0] ?? []).indexOf("department");
    const without = rows.map((r) => (r.length > 1 ? r.filter((_, i) => i !== at) : r));
    expect(parsed(textOf(without)).indicators.every((i) => i.department === null)).toBe(true);
  });

  it("refuses department and 担当課 together, naming the cell", () => {
    const rows = grid().map((r, i) => (r.length > 1 ? [...r, i === 0 ? "担当課" : ""] : r));
    expect(problems(textOf(rows))).toEqual([
      expect.stringMatching(/^k\.csv:1:[A-Z]+: the column "担当課" is the column "department" again$/),
    ]);
  });

  it("refuses a formula in the cell like in any other", () => {
    const rows = grid();
    const at = (rows[0] ?? []).indexOf("department");
    (rows[1] as string[])[at] = '=HYPERLINK("x")';
    expect(problems(textOf(rows))).toEqual([
      expect.stringMatching(/^k\.csv:2:[A-Z]+ \(department\): a formula .* is not data/),
    ]);
  });
});

describe("revisions with a CSV", () => {
  it("keeps the base dataset's revisions (the CSV has no column for them)", () => {
    const base: Dataset = {
      ...bundled,
      revisions: [{ indicatorId: "1-1-N1", target: 1700, fromYear: 2024, reason: "令和6年3月の一部改訂" }],
    };
    expect(parsed(csvText, base).revisions).toEqual(base.revisions);
  });

  it("names a revision whose indicator the CSV left out", () => {
    const base: Dataset = {
      ...bundled,
      revisions: [{ indicatorId: "1-1-N1", target: 1700, fromYear: 2024, reason: "r" }],
    };
    const rows = grid().filter((r) => r[0] !== "1-1-N1");
    expect(problems(textOf(rows), base)).toEqual(['revisions[0].indicatorId: unknown indicator "1-1-N1"']);
  });
});
