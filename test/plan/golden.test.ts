/**
 * Golden plans for small fixtures: the whole WorkbookPlan as JSON under test/plan/golden/. A change to headers,
 * formulas, formats or layout shows up here as a diff to review. Rewrite with UPDATE_GOLDEN=1 (then read the diff).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import { loadFixture } from "./plan-readback";

const GOLDEN_DIR = join(__dirname, "golden");
const builtAt = new Date("2026-11-24T09:00:00Z");

describe.each(["minimal", "mixed"])("golden plan: %s", (name) => {
  it("matches the reviewed plan", () => {
    const plan = buildWorkbookPlan(loadFixture(name), { builtAt });
    const file = join(GOLDEN_DIR, `${name}.plan.json`);
    const actual = JSON.stringify(plan, null, 2) + "\n";
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, actual);
    }
    if (!existsSync(file)) throw new Error(`missing ${file}: run with UPDATE_GOLDEN=1 and review it`);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});
