import {
  checkRequirements,
  describeOfficeError,
  FEATURE_REQUIREMENTS,
  OFFICE_MESSAGES,
  officeMessage,
  withCellEditRetry,
} from "../../../src/adapters/office";
import { FakeOfficeError } from "../../support/fake-excel";
import { CORE_FEATURES } from "../../../src/adapters/office/requirements";

/** An Excel that supports ExcelApi up to 1.<max>. */
const upTo =
  (max: number) =>
  (set: string, version: string): boolean =>
    set === "ExcelApi" && Number(version.split(".")[1]) <= max;

describe("checkRequirements", () => {
  it("reports everything supported on a current Excel", () => {
    const report = checkRequirements(upTo(17));
    expect(report.canBuild).toBe(true);
    expect(report.missing).toEqual([]);
    expect(report.supported).toHaveLength(FEATURE_REQUIREMENTS.length + CORE_FEATURES.length);
  });

  it("on the manifest's minimum (ExcelApi 1.8) builds with the core's features and lists only the newer sets", () => {
    const report = checkRequirements(upTo(8));
    expect(report.canBuild).toBe(true);
    expect(report.supported).toEqual(expect.arrayContaining(["core", "conditionalFormats", "dataValidation"]));
    expect(report.missing.map((m) => `${m.feature}@${m.version}`)).toEqual([
      "pageLayout@1.9",
      "rangeAreas@1.9",
      "rowGroups@1.10",
      "columnGroups@1.10",
    ]);
  });

  it("cannot build below the manifest's minimum (an Excel 2016-era host, ExcelApi 1.4)", () => {
    const report = checkRequirements(upTo(4));
    expect(report.canBuild).toBe(false);
    expect(report.missing[0]).toMatchObject({ feature: "core", version: "1.8", required: true });
    expect(report.supported).toEqual([]);
  });

  it("outside Office (no Office global) treats every feature as available", () => {
    expect(checkRequirements().canBuild).toBe(true);
  });
});

describe("Office error mapping", () => {
  it.each([
    ["InvalidArgument", "office.error.invalidArgument", false],
    ["ItemAlreadyExists", "office.error.itemAlreadyExists", false],
    ["ItemNotFound", "office.error.itemNotFound", false],
    ["RequestPayloadSizeLimitExceeded", "office.error.payloadTooLarge", false],
    ["InvalidOperationInCellEditMode", "office.error.cellEditMode", true],
    ["ApiNotFound", "office.error.apiNotSupported", false],
    ["AccessDenied", "office.error.accessDenied", false],
    ["ActivityLimitReached", "office.error.busy", true],
    ["SomethingNew", "office.error.unknown", false],
  ])("%s → %s", (code, key, retryable) => {
    expect(describeOfficeError(new FakeOfficeError(code, "m"))).toEqual({ key, code, message: "m", retryable });
  });

  it("handles plain errors and non-errors", () => {
    expect(describeOfficeError(new Error("boom"))).toMatchObject({
      key: "office.error.unknown",
      code: "Unknown",
      message: "boom",
    });
    expect(describeOfficeError("text")).toMatchObject({ key: "office.error.unknown", message: "text" });
  });

  it("has Japanese and English text for every key, with the same placeholders", () => {
    for (const [key, entry] of Object.entries(OFFICE_MESSAGES)) {
      expect(entry.ja.length).toBeGreaterThan(0);
      expect(entry.en.length).toBeGreaterThan(0);
      const holes = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
      expect({ key, holes: holes(entry.ja) }).toEqual({ key, holes: holes(entry.en) });
    }
    expect(officeMessage("office.error.unknown", "en", { code: "X" })).toBe("Excel reported an unexpected error (X).");
  });
});

describe("withCellEditRetry", () => {
  const noSleep = async (): Promise<void> => undefined;

  it("retries while Excel is in cell-edit mode, then returns the result", async () => {
    let calls = 0;
    const result = await withCellEditRetry(
      async () => {
        calls++;
        if (calls < 3) throw new FakeOfficeError("InvalidOperationInCellEditMode", "editing");
        return "done";
      },
      { sleep: noSleep },
    );
    expect(result).toBe("done");
    expect(calls).toBe(3);
  });

  it("gives up after the attempts and rethrows; other errors are not retried", async () => {
    let calls = 0;
    const editing = withCellEditRetry(
      async () => {
        calls++;
        throw new FakeOfficeError("InvalidOperationInCellEditMode", "editing");
      },
      { sleep: noSleep, attempts: 4 },
    );
    await expect(editing).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(calls).toBe(4);
    calls = 0;
    const other = withCellEditRetry(
      async () => {
        calls++;
        throw new FakeOfficeError("InvalidArgument", "bad");
      },
      { sleep: noSleep },
    );
    await expect(other).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(calls).toBe(1);
  });

  it("retries a result that says cell-edit mode when asked to", async () => {
    const results = [{ ok: false, code: "InvalidOperationInCellEditMode" }, { ok: true }];
    let calls = 0;
    const result = await withCellEditRetry(async () => results[calls++], {
      sleep: noSleep,
      shouldRetryResult: (r) => (r as { ok: boolean }).ok === false,
    });
    expect(result).toEqual({ ok: true });
    expect(calls).toBe(2);
  });
});
