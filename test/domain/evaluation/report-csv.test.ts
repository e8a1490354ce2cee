import { buildReport, type ReportModel } from "../../../src/domain/evaluation/report";
import { reportToCsv, REPORT_CSV_HEADERS } from "../../../src/domain/evaluation/report-csv";
import { reportInput } from "../../fixtures/report/report-input";

function built(input = reportInput()): ReportModel {
  const r = buildReport(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.report;
}

describe("reportToCsv", () => {
  it("is UTF-8 with a BOM, the Japanese headers, one CRLF row per indicator", () => {
    const m = built();
    const csv = reportToCsv(m);
    expect(csv.startsWith("\uFEFF評価年度,ID,指標名,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(REPORT_CSV_HEADERS.join(","));
    expect(lines.filter((l) => l !== "")).toHaveLength(1 + m.goals.flatMap((g) => g.indicators).length);
    const row = lines.find((l) => l.startsWith("2024,1-1-K1-2,"))!.split(",");
    const at = (h: (typeof REPORT_CSV_HEADERS)[number]) => row[REPORT_CSV_HEADERS.indexOf(h)];
    expect([at("目標値"), at("適用目標値"), at("委員会評価"), at("確定")]).toEqual(["8", "6", "A 達成", "暫定"]);
  });

  it("guards text that Excel would evaluate and keeps negative numbers numbers", () => {
    const m = built();
    const ind = m.goals[0]!.indicators[0]!;
    const bent = {
      ...m,
      goals: [{ ...m.goals[0]!, indicators: [{ ...ind, externalFactor: "=HYPERLINK(1)", progress: -0.125 }] }],
    };
    const row = reportToCsv(bent).split("\r\n")[1]!.split(",");
    expect(row[REPORT_CSV_HEADERS.indexOf("外的要因")]).toBe("'=HYPERLINK(1)");
    expect(row[REPORT_CSV_HEADERS.indexOf("達成率")]).toBe("-12.5");
  });
});
