/**
 * A CSV dataset with an actual the workbook has no column for is refused at its cell (issue #11 §3): the line and
 * the actual.YYYY column, not only the line.
 */
import { datasetFromCsv } from "../../../../src/domain/dataset/ingest/csv-dataset";
import { bundled, csvLines, header } from "../../../fixtures/refresh/hostile-sources";

describe("CSV actuals outside the plan's years", () => {
  it("names the line and the actual.YYYY column of a year with no column in 「KPI一覧」", () => {
    const rows = csvLines.slice(1).filter((l) => l !== "");
    // actual.2024 then actual.2031: the first data line (line 2) holds a value in both.
    const text = `${header},actual.2024,actual.2031\r\n${rows.map((l, i) => (i === 0 ? `${l},1,2` : `${l},,`)).join("\r\n")}\r\n`;
    const result = datasetFromCsv(text, bundled, "k.csv");
    const columns = header.split(",").length;
    const letter = (n: number): string =>
      n <= 26
        ? String.fromCharCode(64 + n)
        : letter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: `k.csv:2:${letter(columns + 2)} (actual.2031)`,
          message:
            "2031 is outside the plan's years 2020–2027 (the year before plan.from through plan.to): the workbook has no column for it",
        },
      ],
    });
  });
});
