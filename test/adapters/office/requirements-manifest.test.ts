/**
 * The requirement sets the pane checks at run time agree with what manifest.xml declares (issue #11): Excel loads
 * the add-in only where the manifest's minimum ExcelApi is there, so every feature at or below it is part of the
 * core (required, never reported as lacking on its own), and only features above it are optional and reported.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORE_FEATURES, FEATURE_REQUIREMENTS } from "../../../src/adapters/office/requirements";
import { descendants, localName, parseXml } from "../../../src/manifest/xml";

/** "1.10" → [1, 10]: compared as numbers ("1.10" is above "1.9"). */
const parts = (v: string): number[] => v.split(".").map(Number);
function compare(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

function manifestMinimum(): string {
  const parsed = parseXml(readFileSync(join(__dirname, "../../../manifest.xml"), "utf8"));
  if (!parsed.ok) throw new Error("manifest.xml does not parse");
  const set = descendants(parsed.root).find((e) => localName(e.name) === "Set" && e.attributes["Name"] === "ExcelApi");
  const min = set?.attributes["MinVersion"];
  if (!min) throw new Error("manifest.xml declares no ExcelApi MinVersion");
  return min;
}

describe("requirement sets and manifest.xml", () => {
  const min = manifestMinimum();

  it("the core is the manifest's minimum, and it is required", () => {
    expect(FEATURE_REQUIREMENTS.find((r) => r.feature === "core")).toMatchObject({ version: min, required: true });
  });

  it("no optional feature sits at or below the minimum; every required one does", () => {
    const wrong = FEATURE_REQUIREMENTS.filter((r) => r.required !== compare(r.version, min) <= 0);
    expect(wrong.map((r) => `${r.feature} ${r.set} ${r.version} ${r.required ? "required" : "optional"}`)).toEqual([]);
    expect(FEATURE_REQUIREMENTS.filter((r) => !r.required).length).toBeGreaterThan(0);
  });

  it("what the core covers needs no set above the minimum, and is not listed again as a feature of its own", () => {
    expect(CORE_FEATURES.filter((c) => compare(c.version, min) > 0)).toEqual([]);
    const listed = new Set(FEATURE_REQUIREMENTS.map((r) => r.feature));
    expect(CORE_FEATURES.filter((c) => listed.has(c.feature))).toEqual([]);
  });
});
