/**
 * Every verb × every bad input (issue #11 §3): a missing, empty, truncated or non-xlsx input, and an --out that is a
 * folder, lies under a file or cannot be written. Each must end in ONE line on stderr (no stack trace), a non-zero
 * exit, no output file and no stray temporary file. The verbs run in-process: an exception escaping a verb fails.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { main } from "../../src/cli/main";
import { runComments } from "../../src/cli/verbs/comments";
import { runEvaluation } from "../../src/cli/verbs/evaluation";
import { runMinutes } from "../../src/cli/verbs/minutes";
import { runRefresh } from "../../src/cli/verbs/refresh";
import { runRevise } from "../../src/cli/verbs/revise";
import { runValidate } from "../../src/cli/verbs/validate";
import { runWorkbook } from "../../src/cli/verbs/workbook";
import { fixedIds } from "../fixtures/comments/records";
import { recordingIo } from "../support/cli-fixture";

jest.setTimeout(60_000);

const NOW = new Date("2026-11-24T03:00:00Z");

interface Captured {
  readonly code: number;
  readonly out: readonly string[];
  readonly err: readonly string[];
}

type Runner = (args: readonly string[], io: never) => Promise<number>;

async function call(run: Runner, args: readonly string[]): Promise<Captured> {
  const io = recordingIo({
    now: () => NOW,
    today: () => NOW,
    user: () => "tester",
    ids: fixedIds("2026-11-24T03:00:00Z"),
  });
  const code = await run(args, io as never);
  return { code, out: io.lines, err: io.errors };
}

const dir = mkdtempSync(join(tmpdir(), "kpi-bad-inputs-"));
const good = join(dir, "good.xlsx");
const goodCsv = join(dir, "good.csv");
const goodEvaluationCsv = join(dir, "good-evaluation.csv");
const SEED = join(__dirname, "..", "..", "seeds", "kpi-dataset.json");

/** Which kind of file a verb reads as its input: a bad one is made of the same kind where that matters. */
type InputKind = "xlsx" | "dataset" | "csv";

interface VerbCase {
  readonly name: string;
  readonly run: Runner;
  /** The verb's arguments for this input and output (out is "" for a verb that writes nothing). */
  readonly args: (input: string, out: string) => string[];
  readonly input?: InputKind;
  /** The output's extension, when the verb writes one. */
  readonly ext?: string;
  /** Bad inputs that are good ones for this verb (plain text is a comment's text). */
  readonly fine?: readonly string[];
}

const VERBS: readonly VerbCase[] = [
  { name: "workbook", run: runWorkbook, input: "dataset", ext: ".xlsx", args: (i, o) => ["--dataset", i, "--out", o] },
  { name: "validate", run: runValidate, input: "dataset", args: (i) => [i] },
  { name: "validate --write-schema", run: runValidate, ext: ".json", args: (_, o) => ["--write-schema", o] },
  { name: "refresh", run: runRefresh, input: "xlsx", ext: ".xlsx", args: (i, o) => ["--workbook", i, "--out", o] },
  { name: "refresh --dry-run", run: runRefresh, input: "xlsx", args: (i) => ["--workbook", i, "--dry-run"] },
  {
    name: "refresh --dataset",
    run: runRefresh,
    input: "dataset",
    ext: ".xlsx",
    args: (i, o) => ["--workbook", good, "--dataset", i, "--out", o],
  },
  {
    name: "refresh --csv-template",
    run: runRefresh,
    input: "dataset",
    ext: ".csv",
    args: (i, o) => ["--csv-template", o, "--dataset", i],
  },
  { name: "comments list", run: runComments, input: "xlsx", args: (i) => ["list", "--workbook", i] },
  {
    name: "comments add",
    run: runComments,
    input: "xlsx",
    ext: ".xlsx",
    args: (i, o) => [
      "add",
      "--workbook",
      i,
      "--out",
      o,
      "--meeting",
      "1",
      "--target",
      "全体",
      "--speaker",
      "M001",
      "--category",
      "意見",
      "--text",
      "x",
    ],
  },
  {
    name: "comments add --csv",
    run: runComments,
    input: "csv",
    ext: ".xlsx",
    args: (i, o) => ["add", "--workbook", good, "--out", o, "--csv", i],
  },
  {
    name: "comments add-member",
    run: runComments,
    input: "xlsx",
    ext: ".xlsx",
    args: (i, o) => ["add-member", "--workbook", i, "--out", o, "--name", "高橋 三郎", "--role", "委員"],
  },
  {
    name: "comments add-meeting",
    run: runComments,
    input: "xlsx",
    ext: ".xlsx",
    args: (i, o) => ["add-meeting", "--workbook", i, "--out", o, "--number", "2", "--date", "2026-02-10"],
  },
  {
    name: "minutes",
    run: runMinutes,
    input: "xlsx",
    ext: ".md",
    args: (i, o) => ["--workbook", i, "--meeting", "1", "--out", o],
  },
  {
    name: "minutes --dataset",
    run: runMinutes,
    input: "dataset",
    ext: ".md",
    args: (i, o) => ["--workbook", good, "--dataset", i, "--meeting", "1", "--out", o],
  },
  {
    name: "revise",
    run: runRevise,
    input: "xlsx",
    ext: ".xlsx",
    args: (i, o) => [
      ...["--workbook", i, "--out", o, "--target", "1-1-K1-1", "--value", "10"],
      ...["--from-year", "2026", "--reason", "計画改定"],
    ],
  },
  {
    name: "evaluation import",
    run: runEvaluation,
    input: "xlsx",
    ext: ".xlsx",
    args: (i, o) => ["import", "--workbook", i, "--out", o, "--csv", goodEvaluationCsv],
  },
  {
    name: "evaluation import --csv",
    run: runEvaluation,
    input: "csv",
    ext: ".xlsx",
    args: (i, o) => ["import", "--workbook", good, "--out", o, "--csv", i],
  },
  {
    name: "evaluation prepare",
    run: runEvaluation,
    input: "xlsx",
    ext: ".xlsx",
    args: (i, o) => ["prepare", "--workbook", i, "--out", o, "--year", "2024"],
  },
  {
    name: "evaluation close",
    run: runEvaluation,
    input: "xlsx",
    ext: ".xlsx",
    args: (i, o) => ["close", "--workbook", i, "--out", o, "--year", "2024"],
  },
  {
    name: "comments add --text-file",
    run: runComments,
    input: "csv",
    ext: ".xlsx",
    fine: ["not an xlsx"],
    args: (i, o) => [
      ...["add", "--workbook", good, "--out", o, "--meeting", "1", "--target", "全体"],
      ...["--speaker", "M001", "--category", "意見", "--text-file", i],
    ],
  },
];

/** Bad inputs: each writes its file into `where` and returns its path. */
const BAD_INPUTS: Readonly<Record<string, (where: string, kind: InputKind) => string>> = {
  "a missing input": (where, kind) => join(where, `none.${kind === "dataset" ? "json" : kind}`),
  "an empty file": (where, kind) => file(where, `empty.${kind === "dataset" ? "json" : kind}`, ""),
  "a truncated xlsx": (where) => file(where, "truncated.xlsx", readFileSync(good).subarray(0, 3000)),
  "not an xlsx": (where) => file(where, "text.xlsx", "これは .xlsx ではありません\n"),
};

function file(where: string, name: string, data: string | Uint8Array): string {
  const path = join(where, name);
  writeFileSync(path, data);
  return path;
}

/** A folder that cannot be written to; root ignores permissions, so it gets a path under /sys, where not even root may make a folder (not /proc: Node's recursive mkdir loops there). */
function unwritable(where: string): string {
  if (process.getuid?.() === 0) return "/sys/kpi-review-bad-inputs";
  const ro = join(where, "read-only");
  mkdirSync(ro);
  chmodSync(ro, 0o500);
  return ro;
}

/** Bad outputs: each returns the --out path (the folder it is in is checked for strays). */
const BAD_OUTPUTS: Readonly<Record<string, (where: string, ext: string) => string>> = {
  "--out is a folder": (where, ext) => {
    const out = join(where, `out${ext}`);
    mkdirSync(out);
    return out;
  },
  "--out under a file": (where, ext) => join(file(where, "plain-file", "x"), `out${ext}`),
  "--out in a folder that cannot be written": (where, ext) => join(unwritable(where), `out${ext}`),
};

function expectOneClearLine(result: Captured): void {
  expect(result.code).not.toBe(0);
  expect(result.err).toHaveLength(1);
  const line = result.err[0] ?? "";
  expect(line).not.toContain("\n");
  expect(line).not.toMatch(/\bat \S+ \(|\bat async\b|node:internal/);
  for (const l of result.out) expect(l).not.toMatch(/^\s+at /);
}

/** Nothing but what the case itself put into the folder: no output, no temporary file, no copy. */
function entries(where: string): string[] {
  return existsSync(where) && statSync(where).isDirectory() ? readdirSync(where).sort() : [];
}

beforeAll(async () => {
  // A real workbook with one member and one meeting, so every verb would succeed on it.
  const built = join(dir, "built.xlsx");
  expect((await call(runWorkbook, ["--dataset", SEED, "--out", built])).code).toBe(0);
  const member = join(dir, "member.xlsx");
  expect(
    (
      await call(runComments, [
        "add-member",
        "--workbook",
        built,
        "--out",
        member,
        "--name",
        "山田 太郎",
        "--role",
        "会長",
      ])
    ).code,
  ).toBe(0);
  expect(
    (
      await call(runComments, [
        "add-meeting",
        "--workbook",
        member,
        "--out",
        good,
        "--number",
        "1",
        "--date",
        "2025-11-20",
        "--start",
        "14:00",
        "--end",
        "15:30",
      ])
    ).code,
  ).toBe(0);
  writeFileSync(goodCsv, "会議,対象,発言者,区分,内容\n1,全体,M001,意見,x\n");
  writeFileSync(
    goodEvaluationCsv,
    "評価年度,対象,要因分析,課題,今後の方向性,外的要因,委員会評価,理由\n2024,1-1-K1-1,a,b,,,B,c\n",
  );
});

describe("every verb answers a bad input in one line", () => {
  const cases = VERBS.flatMap((verb) =>
    verb.input === undefined
      ? []
      : Object.keys(BAD_INPUTS)
          .filter((bad) => !verb.fine?.includes(bad))
          .map((bad) => [verb.name, bad, verb] as const),
  );
  it.each(cases)("%s: %s", async (_name, bad, verb) => {
    const where = mkdtempSync(join(dir, "in-"));
    const input = (BAD_INPUTS[bad] as (w: string, k: InputKind) => string)(where, verb.input as InputKind);
    const outDir = mkdtempSync(join(dir, "out-"));
    const out = join(outDir, `out${verb.ext ?? ""}`);
    const before = entries(where);
    const result = await call(verb.run, verb.args(input, verb.ext ? out : ""));
    expectOneClearLine(result);
    expect(entries(outDir)).toEqual([]);
    expect(entries(where)).toEqual(before);
  });
});

describe("every verb that writes answers a bad --out in one line", () => {
  const cases = VERBS.flatMap((verb) =>
    verb.ext === undefined ? [] : Object.keys(BAD_OUTPUTS).map((bad) => [verb.name, bad, verb] as const),
  );
  it.each(cases)("%s: %s", async (_name, bad, verb) => {
    const where = mkdtempSync(join(dir, "out-"));
    const out = (BAD_OUTPUTS[bad] as (w: string, e: string) => string)(where, verb.ext as string);
    const input = verb.input === "dataset" ? SEED : verb.input === "csv" ? goodCsv : good;
    const before = entries(where);
    const folder = entries(out);
    const result = await call(verb.run, verb.args(input, out));
    expectOneClearLine(result);
    expect(entries(where)).toEqual(before);
    expect(entries(out)).toEqual(folder); // a folder given as --out is left as it was
    expect(entries(dirname(out)).filter((n) => n.startsWith(basename(out)) && n !== basename(out))).toEqual([]);
  });
});

/** The one hint a usage error may add under its line (src/cli/verb.ts). */
const hint = (verb: string): string => `see kpi-review ${verb} --help / --help で使い方を表示`;

/**
 * Usage errors and refusals of every verb: ONE line on stderr naming what is wrong (a usage error may add the short
 * --help hint, never the whole help), a non-zero exit, nothing written.
 */
describe("every verb answers a usage error or a refusal in one line", () => {
  const md = (): string => join(mkdtempSync(join(dir, "usage-")), "out.md");
  const xlsx = (): string => join(mkdtempSync(join(dir, "usage-")), "out.xlsx");
  /** revise's arguments, good ones, with the options `drop` left out and `extra` added. */
  const revise = (drop: readonly string[], extra: readonly string[] = []): string[] => {
    const base: Record<string, string> = {
      "--workbook": good,
      "--out": xlsx(),
      "--target": "1-1-K1-1",
      "--value": "10",
      "--from-year": "2026",
      "--reason": "計画改定",
    };
    return [...Object.entries(base).flatMap(([k, v]) => (drop.includes(k) ? [] : [k, v])), ...extra];
  };
  const badEvaluationCsv = (): string => {
    const path = join(mkdtempSync(join(dir, "usage-")), "bad.csv");
    writeFileSync(path, "評価年度,対象,要因分析,課題,今後の方向性,外的要因,委員会評価,理由\n2024,9-9-K9-9,a,,,,,\n");
    return path;
  };
  const cases: readonly (readonly [string, string, Runner, () => string[]])[] = [
    ["workbook", "an unknown option", runWorkbook, () => ["--bogus"]],
    ["workbook", "a bad --evaluation-year", runWorkbook, () => ["--evaluation-year", "abc", "--out", xlsx()]],
    ["workbook", "a year outside the plan", runWorkbook, () => ["--evaluation-year", "1999", "--out", xlsx()]],
    ["workbook", "--out is the dataset", runWorkbook, () => ["--dataset", SEED, "--out", SEED]],
    ["validate", "an unknown option", runValidate, () => ["--bogus"]],
    ["validate", "two files", runValidate, () => [SEED, SEED]],
    ["validate", "--write-schema without a file", runValidate, () => ["--write-schema"]],
    ["validate", "--write-schema over a dataset", runValidate, () => ["--write-schema", SEED]],
    ["refresh", "an unknown option", runRefresh, () => ["--bogus"]],
    ["refresh", "no --workbook", runRefresh, () => ["--out", xlsx()]],
    ["refresh", "--out is the workbook", runRefresh, () => ["--workbook", good, "--out", good]],
    [
      "refresh",
      "a --use-dataset naming no conflict",
      runRefresh,
      () => ["--workbook", good, "--out", xlsx(), "--use-dataset", "1-1-K1-1:2024"],
    ],
    ["comments", "an unknown action", runComments, () => ["bogus"]],
    ["comments", "an unknown option", runComments, () => ["list", "--bogus"]],
    ["comments", "list without --workbook", runComments, () => ["list"]],
    ["comments", "a bad --status", runComments, () => ["list", "--workbook", good, "--status", "x"]],
    [
      "comments",
      "--out is the workbook",
      runComments,
      () => ["add-member", "--workbook", good, "--out", good, "--name", "a", "--role", "委員"],
    ],
    [
      "comments",
      "a comment the record refuses",
      runComments,
      () => [
        "add",
        "--workbook",
        good,
        "--out",
        xlsx(),
        "--meeting",
        "9",
        "--target",
        "全体",
        "--speaker",
        "M001",
        "--category",
        "意見",
        "--text",
        "x",
      ],
    ],
    ["revise", "an unknown option", runRevise, () => ["--bogus"]],
    ["revise", "no --target", runRevise, () => revise(["--target"])],
    ["revise", "a bad --from-year", runRevise, () => revise([], ["--from-year", "来年"])],
    ["revise", "a bad --target-year", runRevise, () => revise([], ["--target-year", "20x7"])],
    ["revise", "a bad --meeting", runRevise, () => revise([], ["--meeting", "第0回"])],
    ["revise", "--out is the workbook", runRevise, () => revise(["--out"], ["--out", good])],
    ["revise", "an unknown indicator", runRevise, () => revise(["--target"], ["--target", "9-9-K9-9"])],
    ["revise", "a value that is no number", runRevise, () => revise(["--value"], ["--value", "たくさん"])],
    ["revise", "a year outside the plan", runRevise, () => revise(["--from-year"], ["--from-year", "1999"])],
    ["evaluation", "an unknown subcommand", runEvaluation, () => ["bogus"]],
    ["evaluation import", "an unknown option", runEvaluation, () => ["import", "--bogus"]],
    [
      "evaluation import",
      "no --workbook",
      runEvaluation,
      () => ["import", "--out", xlsx(), "--csv", goodEvaluationCsv],
    ],
    ["evaluation import", "no --csv", runEvaluation, () => ["import", "--workbook", good, "--out", xlsx()]],
    [
      "evaluation import",
      "--out is the CSV",
      runEvaluation,
      () => ["import", "--workbook", good, "--out", goodEvaluationCsv, "--csv", goodEvaluationCsv],
    ],
    [
      "evaluation import",
      "--out is the workbook",
      runEvaluation,
      () => ["import", "--workbook", good, "--out", good, "--csv", goodEvaluationCsv],
    ],
    [
      "evaluation import",
      "a CSV line with an unknown indicator",
      runEvaluation,
      () => ["import", "--workbook", good, "--out", xlsx(), "--csv", badEvaluationCsv()],
    ],
    ["evaluation prepare", "no --year", runEvaluation, () => ["prepare", "--workbook", good, "--out", xlsx()]],
    [
      "evaluation prepare",
      "a bad --year",
      runEvaluation,
      () => ["prepare", "--workbook", good, "--out", xlsx(), "--year", "R7"],
    ],
    [
      "evaluation prepare",
      "a year outside the plan",
      runEvaluation,
      () => ["prepare", "--workbook", good, "--out", xlsx(), "--year", "1999"],
    ],
    ["evaluation close", "an unknown option", runEvaluation, () => ["close", "--bogus"]],
    ["evaluation close", "no --year", runEvaluation, () => ["close", "--workbook", good, "--out", xlsx()]],
    [
      "evaluation close",
      "--out is the workbook",
      runEvaluation,
      () => ["close", "--workbook", good, "--out", good, "--year", "2024"],
    ],
    [
      "evaluation close",
      "a year outside the plan",
      runEvaluation,
      () => ["close", "--workbook", good, "--out", xlsx(), "--year", "1999"],
    ],
    [
      "evaluation close",
      "a year after the workbook's 評価年度",
      runEvaluation,
      () => ["close", "--workbook", good, "--out", xlsx(), "--year", "2027"],
    ],
    ["minutes", "an unknown option", runMinutes, () => ["--bogus"]],
    ["minutes", "--meeting abc", runMinutes, () => ["--workbook", good, "--meeting", "abc", "--out", md()]],
    [
      "minutes",
      "--format against --out",
      runMinutes,
      () => ["--workbook", good, "--meeting", "1", "--format", "docx", "--out", md()],
    ],
    [
      "minutes",
      "--out is the workbook",
      runMinutes,
      () => ["--workbook", good, "--meeting", "1", "--format", "md", "--out", good],
    ],
    [
      "minutes",
      "a meeting that is not recorded",
      runMinutes,
      () => ["--workbook", good, "--meeting", "9", "--out", md()],
    ],
  ];
  /** Refusals of the 効果検証 verbs: exit 1 and the line names what was refused (not an earlier failure). */
  const refusals: Readonly<Record<string, string>> = {
    "revise: an unknown indicator": "9-9-K9-9",
    "revise: a value that is no number": "たくさん",
    "revise: a year outside the plan": "1999",
    "evaluation import: a CSV line with an unknown indicator": "9-9-K9-9",
    "evaluation prepare: a year outside the plan": "1999",
    "evaluation close: a year outside the plan": "1999",
    "evaluation close: a year after the workbook's 評価年度": "2027",
  };
  it.each(cases)("%s: %s", async (verb, label, run, args) => {
    const given = args();
    const inputs = [good, SEED, goodEvaluationCsv];
    const before = inputs.map((p) => readFileSync(p));
    const result = await call(run, given);
    expect(result.code).not.toBe(0);
    expect(result.err.length === 1 || (result.err.length === 2 && result.err[1] === hint(verb))).toBe(true);
    const line = result.err[0] ?? "";
    expect(line).not.toContain("\n");
    expect(line.length).toBeGreaterThan(0);
    expect(line).not.toMatch(/\bat \S+ \(|node:internal/);
    const named = refusals[`${verb}: ${label}`];
    if (named !== undefined) expect([result.code, line]).toEqual([1, expect.stringContaining(named)]);
    // the help is never printed whole on an error
    expect([...result.out, ...result.err].join("\n")).not.toMatch(/^usage:/m);
    const out = given[given.indexOf("--out") + 1];
    // An input named as --out is left as it was.
    expect(inputs.map((p) => readFileSync(p).equals(before[inputs.indexOf(p)] as Buffer))).toEqual(
      inputs.map(() => true),
    );
    if (given.includes("--out") && !inputs.includes(out as string)) expect(existsSync(out as string)).toBe(false);
  });

  it("kpi-review with an unknown verb: one line and the hint", async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await main(["bogus"])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    const lines = written
      .join("")
      .split("\n")
      .filter((l) => l !== "");
    expect(lines).toEqual([
      expect.stringContaining('unknown verb "bogus"'),
      "see kpi-review --help / --help で使い方を表示",
    ]);
  });
});
