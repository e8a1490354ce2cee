/** 評価・総括意見 inputs: grades and directions normalised, entries checked, the import CSV read strictly. */
import {
  normalizeCommitteeGrade,
  normalizeDirection,
  parseEvaluationCsv,
  type EntryContext,
} from "../../../src/domain/evaluation/entries";
import { formatEvaluationProblems } from "../../../src/domain/evaluation/problems";

const context: EntryContext = {
  years: { first: 2020, last: 2027 },
  knownIds: new Set(["1-1-K1-1", "1-1-N1"]),
  summaryTargets: ["全体", "基本目標1", "基本目標2"],
};
const HEADER = "評価年度,対象,要因分析,課題,今後の方向性,外的要因,委員会評価,理由";

describe("normalising", () => {
  it.each([
    ["A", "A 達成"],
    ["ｂ", "B 順調"],
    ["C遅れ", "C 遅れ"],
    ["D　悪化", "D 悪化"],
    ["保留", "評価保留"],
    ["評価保留", "評価保留"],
    ["", ""],
    ["E", null],
    ["A 順調", null],
    ["達成", null],
  ])("committee grade %j → %j", (given, expected) => {
    expect(normalizeCommitteeGrade(given)).toBe(expected);
  });
  it("takes a direction of the list only", () => {
    expect(normalizeDirection(" 継続 ")).toBe("継続");
    expect(normalizeDirection("")).toBe("");
    expect(normalizeDirection("拡張")).toBeNull();
  });
});

describe("the import CSV", () => {
  it("reads entries and opinions; 理由 is the opinion's text when 総括意見 is absent", () => {
    const csv = `\uFEFF${HEADER}\n2025,1-1-K1-1,分析,課題,継続,,b,理由\n２０２５年度,全体,,,,,,全体の意見\n`;
    expect(parseEvaluationCsv(csv, context)).toEqual({
      ok: true,
      entries: [
        {
          line: 2,
          value: {
            year: 2025,
            indicatorId: "1-1-K1-1",
            analysis: "分析",
            issues: "課題",
            direction: "継続",
            externalFactor: "",
            committeeGrade: "B 順調",
            committeeReason: "理由",
          },
        },
      ],
      opinions: [{ line: 3, value: { year: 2025, target: "全体", text: "全体の意見" } }],
    });
  });

  it("names the line and column of every problem, and returns nothing then", () => {
    const csv = [
      HEADER,
      "2025,9-9-K9,,,,,,",
      "20x5,1-1-N1,,,,,,",
      "2030,基本目標9,,,,,,",
      "2025,1-1-N1,,,廃止,,保留,",
      "2025,1-1-N1,,,,,,",
    ].join("\n");
    const parsed = parseEvaluationCsv(csv, context);
    if (parsed.ok) throw new Error("parsed");
    expect(formatEvaluationProblems(parsed.problems).map((l) => l.split(":")[0])).toEqual([
      "CSV 2行目 対象",
      "CSV 3行目 評価年度",
      "CSV 4行目 評価年度",
      "CSV 4行目 対象",
      "CSV 6行目 対象",
    ]);
  });

  it("refuses a malformed CSV with its line, and a missing header", () => {
    const bad = parseEvaluationCsv(`${HEADER}\n2025,1-1-N1,"unclosed,,,,,,\n`, context);
    expect(bad).toMatchObject({ ok: false, problems: [{ path: "CSV 2行目 要因分析", code: "unclosedQuote" }] });
    const noHeader = parseEvaluationCsv("評価年度,対象\n2025,全体\n", context);
    expect(noHeader.ok).toBe(false);
    if (!noHeader.ok) expect(noHeader.problems.map((p) => p.params.header)).toContain("委員会評価");
  });
});
