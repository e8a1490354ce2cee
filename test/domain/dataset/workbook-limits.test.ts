/**
 * Values the workbook cannot hold are refused by validateDataset with their path (issue #11 §3): an actual of a year
 * with no column in 「KPI一覧」, text longer than an Excel cell takes (alone, or joined into one cell by the plan).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../../src/domain/dataset/schema";
import { validateDataset, type Problem } from "../../../src/domain/dataset/validate";

const bundled = JSON.parse(readFileSync(join(__dirname, "../../../seeds/kpi-dataset.json"), "utf8")) as Dataset;

function problemsOf(edit: (d: Dataset) => void): Problem[] {
  const d = structuredClone(bundled);
  edit(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems;
}

describe("actuals the workbook has a column for", () => {
  it("accepts the bundled dataset, whose baselines (2017–2019) come before its first year column", () => {
    expect(validateDataset(bundled)).toMatchObject({ ok: true });
  });

  it("accepts actuals from the year before plan.from (2020) through plan.to (2027)", () => {
    expect(
      problemsOf((d) => {
        d.indicators[3]!.actuals = [
          { year: 2020, value: 1 },
          { year: 2027, value: 2 },
        ];
      }),
    ).toEqual([]);
  });

  it("refuses an actual after plan.to or before the year before plan.from, by its path", () => {
    const problems = problemsOf((d) => {
      d.indicators[3]!.actuals = [
        { year: 2024, value: 1 },
        { year: 2031, value: 2 },
        { year: 2019, value: 3 },
      ];
    });
    expect(problems).toEqual([
      {
        path: "indicators[3].actuals[1].year",
        message:
          "2031 is outside the plan's years 2020–2027 (the year before plan.from through plan.to): the workbook has no column for it",
      },
      {
        path: "indicators[3].actuals[2].year",
        message:
          "2019 is outside the plan's years 2020–2027 (the year before plan.from through plan.to): the workbook has no column for it",
      },
    ]);
  });

  it("follows the dataset's plan period (a 令和11〜17年度 plan has columns 2028–2035)", () => {
    const problems = problemsOf((d) => {
      d.plan.from = { printed: "令和11年度", basis: "fiscal", year: 2029 };
      d.plan.to = { printed: "令和17年度", basis: "fiscal", year: 2035 };
      d.indicators[0]!.actuals = [{ year: 2028, value: 1 }];
      d.indicators[1]!.actuals = [{ year: 2027, value: 1 }];
    });
    const actualProblems = problems.filter((p) => p.path.includes("actuals"));
    expect(actualProblems.map((p) => p.path)).toEqual(["indicators[1].actuals[0].year"]);
    expect(actualProblems[0]?.message).toContain("2027 is outside the plan's years 2028–2035");
  });
});

describe("text an Excel cell can hold (32,767 characters)", () => {
  const limit = 32_767; // Excel's "characters that a cell can contain"

  it("accepts a name of exactly the limit and refuses one character more, by its path", () => {
    expect(problemsOf((d) => void (d.indicators[0]!.name = "あ".repeat(limit)))).toEqual([]);
    expect(problemsOf((d) => void (d.indicators[0]!.name = "あ".repeat(limit + 1)))).toEqual([
      {
        path: "indicators[0].name",
        message: "a text of 32,768 characters, over Excel's limit of 32,767 for a cell",
      },
    ]);
  });

  it("refuses a long note, description or title wherever it stands", () => {
    const long = "x".repeat(limit + 10);
    const problems = problemsOf((d) => {
      d.indicators[2]!.notes = ["短い注記", long];
      d.measures[1]!.description = long;
      d.plan.vision = long;
    });
    expect(problems.map((p) => p.path)).toEqual(["plan.vision", "measures[1].description", "indicators[2].notes[1]"]);
  });

  it("refuses texts that fit alone but not in the one cell the workbook joins them into", () => {
    const half = "い".repeat(Math.ceil(limit / 2) + 5);
    const problems = problemsOf((d) => {
      d.indicators[4]!.notes = [half, half]; // 注記: the notes, one per line
      const split = d.indicators.findIndex((i) => i.part !== null);
      d.indicators[split]!.name = "う".repeat(limit - 1); // 指標名: name（part）
      d.plan.title = "え".repeat(limit - 3); // 「<title> KPI一覧」
    });
    const split = bundled.indicators.findIndex((i) => i.part !== null);
    expect(problems.map((p) => p.path).sort()).toEqual(
      ["indicators[4].notes", `indicators[${split}].name`, "plan.title"].sort(),
    );
    // 32,764 + " KPI一覧" (6) = 32,770
    expect(problems.find((p) => p.path === "plan.title")?.message).toBe(
      "the KPI一覧 title cell would hold 32,770 characters, over Excel's limit of 32,767 for a cell",
    );
  });
});
