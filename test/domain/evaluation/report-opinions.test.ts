import { commentsByCycle } from "../../../src/domain/evaluation/report-opinions";
import { COMMENTS, MEETINGS } from "../../fixtures/report/report-input";

describe("commentsByCycle", () => {
  it("takes a meeting in April–March after the 評価年度 as its cycle (31 March the last day)", () => {
    const meetings = [
      { ...MEETINGS[0]!, number: 7, date: "2026-03-31" },
      { ...MEETINGS[0]!, number: 8, date: "2026-04-01" },
    ];
    const comments = [7, 8].map((n) => ({ ...COMMENTS[0]!, id: `C-${n}`, meeting: n }));
    const c = commentsByCycle(2024, comments, meetings);
    expect(c.current.map((x) => x.id)).toEqual(["C-7"]);
    expect(commentsByCycle(2025, comments, meetings).current.map((x) => x.id)).toEqual(["C-8"]);
  });
});
