import { crashLine } from "../../src/cli/main";

describe("kpi-review main: an error no verb foresaw", () => {
  it("is one line without a stack trace", () => {
    const error = new Error("boom\nsecond line");
    const line = crashLine(error, false);
    expect(line).toBe("kpi-review: unexpected error: boom second line (KPI_REVIEW_DEBUG=1 prints where)");
    expect(line).not.toContain("\n");
    expect(crashLine("text", false)).toBe("kpi-review: unexpected error: text (KPI_REVIEW_DEBUG=1 prints where)");
  });

  it("prints the stack only when asked to", () => {
    const error = new Error("boom");
    expect(crashLine(error, true)).toBe(`kpi-review: ${error.stack}`);
  });
});
