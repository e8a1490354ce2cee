/**
 * Recording fake of the Excel API slice used by src/render/office. Usage:
 *   const fake = createFakeExcel();                    // optionally with existing sheets
 *   await applyWorkbookPlan(fake.context, plan, ...);  // fake.context is typed as Excel.RequestContext
 *   fake.state.sheet("KPI一覧") … fake.syncCount, fake.state.requests
 */
import { FakeContext } from "./context";
import type { FakeWorkbookState } from "./state";
import { FakeWorkbook } from "./workbook";

export { FakeContext, FakeOfficeError, WEB_REQUEST_LIMIT_BYTES } from "./context";
export * from "./state";
export { parseAddress } from "./range";
export { bordersOf } from "./borders";
export { sortTableRows, FakeDynamicRange, FakeTableHandle } from "./tables";

export interface FakeExcel {
  /** The fake, typed as what the renderer expects. */
  readonly context: Excel.RequestContext;
  readonly fake: FakeContext;
}

/** A fake workbook holding `sheets` (empty) and `names` that already exist. */
export function createFakeExcel(
  existing: { sheets?: readonly string[]; names?: readonly string[]; state?: FakeWorkbookState } = {},
): FakeExcel {
  const fake = new FakeContext(existing.state);
  if (existing.state) {
    // Another context on a workbook that already exists (a second writer): nothing to create.
    const workbook = new FakeWorkbook(fake);
    Object.defineProperty(fake, "workbook", { value: workbook });
    return { context: fake as unknown as Excel.RequestContext, fake };
  }
  for (const s of existing.sheets ?? ["Sheet1"]) fake.state.addSheet(s);
  for (const n of existing.names ?? []) fake.state.names.set(n, { name: n, reference: "=Sheet1!$A$1" });
  const workbook = new FakeWorkbook(fake);
  Object.defineProperty(fake, "workbook", { value: workbook });
  // The fake implements only the slice the renderer uses, hence the cast.
  return { context: fake as unknown as Excel.RequestContext, fake };
}
