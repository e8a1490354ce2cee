/**
 * The ExcelApi set manifest.xml declares covers every API the adapter calls without asking isSetSupported first.
 * Office offers the add-in only where the declared sets exist (Requirements element), so these calls are safe in
 * every Excel that loads the pane; APIs above the minimum stay behind a run-time check (src/adapters/office/
 * requirements.ts: page layout 1.9, RangeAreas 1.9, row groups 1.10).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const officeDir = path.join(root, "src/adapters/office");
const source = readdirSync(officeDir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => readFileSync(path.join(officeDir, f), "utf8"))
  .join("\n");

/** API → the ExcelApi set that brought it (Microsoft's "Excel JavaScript API requirement set 1.7 / 1.8" pages). */
const UNGUARDED: readonly { api: string; pattern: RegExp; version: string }[] = [
  { api: "Worksheet.getRangeByIndexes", pattern: /\.getRangeByIndexes\(/, version: "1.7" },
  { api: "Worksheet.onSelectionChanged", pattern: /\.onSelectionChanged\b/, version: "1.7" },
  { api: "Workbook.properties (DocumentProperties)", pattern: /\.properties\.(?:load|comments)\b/, version: "1.7" },
  { api: "Range.dataValidation", pattern: /\.dataValidation\b/, version: "1.8" },
];

const minor = (version: string): number => Number(version.split(".")[1]);

it("declares an ExcelApi minimum that covers every API used without a run-time check", () => {
  const declared = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\s*\/>/.exec(manifest)?.[1];
  expect(declared).toBeDefined();
  const used = UNGUARDED.filter((u) => u.pattern.test(source));
  // The list is about code that exists: each API is really called in the adapter.
  expect(used.map((u) => u.api)).toEqual(UNGUARDED.map((u) => u.api));
  const above = used.filter((u) => minor(u.version) > minor(declared as string)).map((u) => `${u.api} ${u.version}`);
  expect(above).toEqual([]);
});
