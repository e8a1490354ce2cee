import { FEATURE_REQUIREMENTS } from "../../../../src/adapters/office";
import { isCellEditResult } from "../../../../src/adapters/office/create-port";
import {
  FEATURE_KEYS,
  progressView,
  stateFromResult,
} from "../../../../src/taskpane/panels/create-workbook/create-workbook-state";
import { messageKeys } from "../../../../src/i18n/messages";

describe("progressView", () => {
  it("moves forward through the steps and stays within 0..1", () => {
    const steps = [
      { step: "read", done: 0, total: 1 },
      { step: "read", done: 1, total: 1 },
      { step: "cells", done: 1, total: 4 },
      { step: "cells", done: 4, total: 4 },
      { step: "formats", done: 3, total: 3 },
      { step: "finish", done: 1, total: 1 },
    ] as const;
    const fractions = steps.map((p) => progressView(p).fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions[0]).toBeGreaterThanOrEqual(0);
    expect(fractions[fractions.length - 1]).toBeCloseTo(1, 10);
    // a step with nothing to do (total 0) does not divide by zero
    expect(Number.isFinite(progressView({ step: "cells", done: 0, total: 0 }).fraction)).toBe(true);
  });

  it("names the step and its count", () => {
    expect(progressView({ step: "cells", done: 2, total: 5 }).step).toEqual({
      key: "workbook.step.cells",
      params: { done: 2, total: 5 },
    });
  });
});

describe("stateFromResult", () => {
  it("lists every conflicting sheet, table and name once", () => {
    const state = stateFromResult({
      ok: false,
      code: "SheetsExist",
      key: "office.result.sheetsExist",
      sheets: ["KPI一覧"],
      tables: ["KPI"],
      names: ["評価年度"],
      syncs: 1,
    });
    expect(state).toEqual({ kind: "confirmReplace", conflicts: ["KPI一覧", "KPI", "評価年度"] });
  });

  it("keeps the Office error's message key, code and text", () => {
    const state = stateFromResult({
      ok: false,
      code: "OfficeError",
      error: { key: "office.error.busy", code: "ServiceNotAvailable", message: "busy", retryable: true },
      syncs: 1,
    });
    expect(state).toEqual({
      kind: "error",
      message: { key: "office.error.busy", params: { code: "ServiceNotAvailable" } },
      code: "ServiceNotAvailable",
      details: "busy",
    });
  });
});

describe("isCellEditResult", () => {
  it("is true only for the cell-edit-mode Office error", () => {
    const error = (key: "office.error.cellEditMode" | "office.error.busy") => ({
      ok: false,
      code: "OfficeError",
      error: { key, code: "x", message: "", retryable: true },
      syncs: 1,
    });
    expect(isCellEditResult(error("office.error.cellEditMode"))).toBe(true);
    expect(isCellEditResult(error("office.error.busy"))).toBe(false);
    expect(isCellEditResult({ ok: true })).toBe(false);
    expect(isCellEditResult(undefined)).toBe(false);
  });
});

describe("FEATURE_KEYS", () => {
  it("names every feature the renderer can report, with a catalogue entry", () => {
    for (const { feature } of FEATURE_REQUIREMENTS) {
      expect(messageKeys).toContain(FEATURE_KEYS[feature]);
    }
  });
});
