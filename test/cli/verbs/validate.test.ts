import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runValidate } from "../../../src/cli/verbs/validate";
import { datasetJsonSchemaText } from "../../../src/domain/dataset/json-schema";
import { DATASET_PATH, ROOT } from "../../domain/dataset/seed-text";

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runValidate(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
const fixture = (name: string): string => join(ROOT, "test", "fixtures", "datasets", `${name}.json`);

describe("kpi-review validate", () => {
  it("prints one OK line with counts for the bundled dataset", async () => {
    const { code, out } = await run([DATASET_PATH]);
    expect(code).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(
        /^OK .*kpi-dataset\.json: dataset 1\.0\.0 \(\d{4}-\d{2}-\d{2}\), 3 basic goals, 6 sub-goals, 17 measures, 50 indicators \(17 marked for verification\)$/,
      ),
    ]);
  });

  it("prints every problem as path: message and exits 1", async () => {
    const { code, out, err } = await run([fixture("several-problems")]);
    expect(code).toBe(1);
    expect(out).toHaveLength(6);
    expect(out[0]).toBe("indicators[1].name: is required");
    expect(err).toEqual([`${fixture("several-problems")}: 6 problems`]);
  });

  it("reports the problems of 担当課 and target revisions (issue #12) like any other", async () => {
    const { code, out, err } = await run([fixture("revision-problems")]);
    expect(code).toBe(1);
    expect(out).toEqual([
      'revisions[1].indicatorId: unknown indicator "9-9-N1"',
      'revisions[2].fromYear: a second revision of "1-1-N1" from 2024 (the first is revisions[0])',
      "revisions[3].fromYear: 2030 is outside the plan's years 2020–2027",
      "revisions[3].targetYear: 2031 is outside the plan's years 2020–2027",
      "revisions[4].fromYear: 2019 is outside the plan's years 2020–2027",
      'revisions[4].date: "2025-02-30" is not a day of the calendar',
    ]);
    expect(err).toEqual([`${fixture("revision-problems")}: 6 problems`]);
    const department = await run([fixture("department-problems")]);
    expect(department.code).toBe(1);
    expect(department.out[0]).toBe("indicators[0].department: must not be empty");
  });

  it("counts the target revisions and the indicators with a 担当課 in the OK line when the dataset has them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-validate-"));
    const file = join(dir, "revised.json");
    const data = JSON.parse(readFileSync(fixture("valid-minimal"), "utf8")) as {
      indicators: Record<string, unknown>[];
      revisions?: unknown[];
    };
    (data.indicators[0] as Record<string, unknown>).department = "商工労働課";
    data.revisions = [{ indicatorId: "1-1-N1", target: 1700, fromYear: 2024, reason: "令和6年3月の一部改訂" }];
    writeFileSync(file, JSON.stringify(data));
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(/, 4 indicators \(0 marked for verification, 1 with a 担当課\), 1 target revision$/),
    ]);
  });

  it("names a missing file", async () => {
    const { code, out } = await run(["no/such/file.json"]);
    expect(code).toBe(1);
    expect(out).toEqual(["no/such/file.json: no such file"]);
  });

  it("refuses an oversized file from its size alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-validate-"));
    const big = join(dir, "big.json");
    const content = `{"x":"${"a".repeat(2 * 1024 * 1024 + 1)}"}`;
    writeFileSync(big, content);
    const { code, out } = await run([big]);
    expect(code).toBe(1);
    expect(out).toEqual([`${big}: the file is ${content.length} bytes, over the limit of ${2 * 1024 * 1024} bytes`]);
  });

  it("writes the JSON Schema with --write-schema", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-schema-"));
    const target = join(dir, "schema.json");
    const { code } = await run(["--write-schema", target]);
    expect(code).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(datasetJsonSchemaText());
  });

  it("says when --write-schema has no output file (exit 2)", async () => {
    const { code, err } = await run(["--write-schema"]);
    expect(code).toBe(2);
    expect(err).toEqual(["kpi-review validate: --write-schema needs an output file"]);
  });

  it("rejects extra arguments in one line and the --help hint, not the whole help (exit 2)", async () => {
    const { code, err } = await run(["a.json", "b.json"]);
    expect(code).toBe(2);
    expect(err).toEqual([
      "kpi-review validate: expected at most one FILE",
      "see kpi-review validate --help / --help で使い方を表示",
    ]);
  });

  it("--write-schema never overwrites a dataset, and replaces only an older JSON Schema", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-schema-"));
    const dataset = join(dir, "kpi-dataset.json");
    writeFileSync(dataset, readFileSync(DATASET_PATH));
    const refused = await run(["--write-schema", dataset]);
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([
      `kpi-review validate: --write-schema ${dataset} exists and is not a JSON Schema (a dataset?); refusing to ` +
        "overwrite it: give a new file name, or delete the file first",
    ]);
    expect(readFileSync(dataset).equals(readFileSync(DATASET_PATH))).toBe(true);

    const older = join(dir, "schema.json");
    writeFileSync(older, '{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}');
    expect((await run(["--write-schema", older])).code).toBe(0);
    expect(readFileSync(older, "utf8")).toBe(datasetJsonSchemaText());
  });
});
