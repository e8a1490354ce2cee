/**
 * `kpi-review comments list|add|add-member|add-meeting --workbook IN.xlsx [--out OUT.xlsx] …`: the committee's record
 * in a workbook file, through the same domain rules and the exceljs store the tests exercise. Files in, files out:
 * --out must differ from --workbook. Every problem is printed as `path: message` (Japanese, then the exit code 1),
 * and nothing is written unless everything passed (a CSV import is all-or-nothing).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  buildComment,
  COMMENT_STATUSES,
  filterComments,
  formatProblems,
  formatTarget,
  importCommentsCsv,
  nextMemberId,
  parseTarget,
  sortNewestFirst,
  validateMeeting,
  validateMember,
  type CommentProblem,
  type CommentRecord,
  type CommentStatus,
  type IdSource,
  type MemberRole,
} from "../../domain/comments";
import {
  appendComment,
  appendMeeting,
  appendMember,
  prepareLoadedWorkbookForWrite,
  readCommentBook,
  readKnownTargets,
  type StoreResult,
} from "../../adapters/xlsx/comments-store";
import type { CliVerb } from "../verb";

const HELP = [
  "usage:",
  "  kpi-review comments list --workbook IN.xlsx [--meeting N] [--status 未対応] [--target 1-1-K1-2] [--json]",
  "  kpi-review comments add --workbook IN.xlsx --out OUT.xlsx --meeting N --target ID --speaker M001|氏名",
  "                          --category 意見 (--text TEXT | --text-file FILE) [--recorded-by NAME]",
  "  kpi-review comments add --workbook IN.xlsx --out OUT.xlsx --csv FILE [--recorded-by NAME]",
  "  kpi-review comments add-member --workbook IN.xlsx --out OUT.xlsx --name 氏名 --role 委員 [--affiliation 所属]",
  "  kpi-review comments add-meeting --workbook IN.xlsx --out OUT.xlsx --number N --date 2025-11-20",
  "                          [--start 14:00] [--end 15:30] [--place 場所] [--attendees M001,M002] [--absentees M003]",
  "",
  "委員意見・委員名簿・会議をブック(.xlsx)で読み書きします。入力ファイルは上書きしません（--out は別のファイル）。",
  "CSV (UTF-8): 見出し 会議,対象,発言者,区分,内容 (必須) と 市の回答・対応,対応状況,記録者 (任意)。",
  "Reads and writes committee comments, members and meetings in a workbook; never overwrites the input.",
].join("\n");

export interface CommentsIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly ids: IdSource;
  /** 記録者 when --recorded-by is not given. */
  readonly user: () => string;
}

const STD_IO: CommentsIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ids: { now: () => new Date(), random: () => Math.random() },
  user: () => process.env.USER ?? process.env.USERNAME ?? "kpi-review",
};

const VALUE_FLAGS = new Set([
  "--workbook",
  "--out",
  "--meeting",
  "--status",
  "--target",
  "--speaker",
  "--category",
  "--text",
  "--text-file",
  "--recorded-by",
  "--csv",
  "--name",
  "--role",
  "--affiliation",
  "--number",
  "--date",
  "--start",
  "--end",
  "--place",
  "--attendees",
  "--absentees",
  "--city-attendees",
  "--agenda",
]);

type Flags = Map<string, string>;

function parseFlags(args: readonly string[]): Flags | string {
  const flags: Flags = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json") {
      flags.set(arg, "true");
      continue;
    }
    if (!VALUE_FLAGS.has(arg)) return `unknown argument "${arg}"`;
    const value = args[i + 1];
    if (value === undefined) return `${arg} needs a value`;
    flags.set(arg, value);
    i++;
  }
  return flags;
}

async function canonical(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return resolve(path);
  }
}

class UsageError extends Error {}

function need(flags: Flags, name: string): string {
  const v = flags.get(name);
  if (v === undefined) throw new UsageError(`${name} is required`);
  return v;
}

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function saveWorkbook(wb: ExcelJS.Workbook, input: string, out: string): Promise<void> {
  if ((await canonical(out)) === (await canonical(input))) {
    throw new UsageError(`--out ${out} is the input workbook itself; refusing to overwrite an input`);
  }
  await fs.mkdir(dirname(resolve(out)), { recursive: true });
  prepareLoadedWorkbookForWrite(wb);
  // Write to a temporary file first so a failure never leaves half a workbook at --out.
  const tmp = `${out}.tmp-${process.pid}`;
  await wb.xlsx.writeFile(tmp);
  await fs.rename(tmp, out);
}

function report(io: CommentsIo, problems: readonly CommentProblem[]): number {
  for (const line of formatProblems(problems, "ja")) io.out(line);
  io.err(
    `${problems.length}件の問題があります。ブックは書き込んでいません。 / ${problems.length} problem(s); nothing written.`,
  );
  return 1;
}

function listLine(c: CommentRecord): string {
  const oneLine = (s: string): string => s.replace(/\n/g, "⏎");
  return [
    c.id,
    `第${c.meeting}回`,
    formatTarget(c.target),
    c.speakerName,
    c.category,
    c.status,
    oneLine(c.text),
    oneLine(c.response),
  ].join("\t");
}

async function list(flags: Flags, io: CommentsIo): Promise<number> {
  const wb = await loadWorkbook(need(flags, "--workbook"));
  const book = readCommentBook(wb);
  for (const line of formatProblems(book.comments.problems, "ja")) io.err(`警告 / warning: ${line}`);
  const meeting = flags.get("--meeting");
  const status = flags.get("--status");
  const target = flags.get("--target");
  if (status !== undefined && !(COMMENT_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status must be one of ${COMMENT_STATUSES.join(", ")}`);
  }
  const parsedTarget = target === undefined ? undefined : parseTarget(target);
  if (parsedTarget === null) throw new UsageError(`--target "${target}" names no indicator, 施策, sub-goal or 全体`);
  const shown = sortNewestFirst(
    filterComments(
      book.comments.records.map((r) => r.record),
      {
        ...(meeting !== undefined ? { meeting: Number(meeting.replace(/[^\d]/g, "")) } : {}),
        ...(status !== undefined ? { statuses: [status as CommentStatus] } : {}),
        ...(parsedTarget ? { target: parsedTarget } : {}),
      },
    ),
  );
  if (flags.has("--json")) io.out(JSON.stringify(shown, null, 2));
  else {
    io.out(["ID", "会議", "対象", "発言者", "区分", "対応状況", "内容", "市の回答・対応"].join("\t"));
    for (const c of shown) io.out(listLine(c));
  }
  return 0;
}

async function add(flags: Flags, io: CommentsIo): Promise<number> {
  const input = need(flags, "--workbook");
  const out = need(flags, "--out");
  if ((await canonical(out)) === (await canonical(input))) {
    throw new UsageError(`--out ${out} is the input workbook itself; refusing to overwrite an input`);
  }
  const wb = await loadWorkbook(input);
  const book = readCommentBook(wb);
  const blocking = [...book.members.problems, ...book.meetings.problems].filter(
    (p) => p.code === "missingTable" || p.code === "missingHeader",
  );
  if (blocking.length > 0) return report(io, blocking);
  const known = readKnownTargets(wb);
  const context = {
    members: book.members.records.map((r) => r.record),
    meetings: book.meetings.records.map((r) => r.record),
    takenIds: new Set(book.comments.records.map((r) => r.record.id)),
    ...(known ? { knownTargets: known } : {}),
  };
  const recordedBy = flags.get("--recorded-by") ?? io.user();
  let records: CommentRecord[];
  const csv = flags.get("--csv");
  if (csv !== undefined) {
    const imported = importCommentsCsv(await fs.readFile(csv, "utf8"), context, io.ids, { recordedBy });
    if (!imported.ok) return report(io, imported.problems);
    records = imported.records;
  } else {
    const textFile = flags.get("--text-file");
    const text = textFile !== undefined ? await fs.readFile(textFile, "utf8") : need(flags, "--text");
    const speaker = need(flags, "--speaker");
    const byName = context.members.filter((m) => m.name.replace(/\s/g, "") === speaker.replace(/\s/g, ""));
    const built = buildComment(
      {
        meeting: Number(need(flags, "--meeting").replace(/[^\d]/g, "")),
        target: need(flags, "--target"),
        speakerId:
          context.members.some((m) => m.id === speaker) || byName.length !== 1 ? speaker : (byName[0]?.id ?? speaker),
        category: need(flags, "--category"),
        text,
        recordedBy,
      },
      context,
      io.ids,
    );
    if (!built.ok) return report(io, built.problems);
    records = [built.value];
  }
  const failed = records.map((r) => appendComment(wb, r)).find((r): r is Extract<StoreResult, { ok: false }> => !r.ok);
  if (failed) return report(io, failed.problems);
  await saveWorkbook(wb, input, out);
  io.out(`委員意見を${records.length}件追加しました: ${out}`);
  io.out(`Added ${records.length} comment(s): ${out}`);
  for (const r of records) io.out(listLine(r));
  return 0;
}

async function addMember(flags: Flags, io: CommentsIo): Promise<number> {
  const input = need(flags, "--workbook");
  const out = need(flags, "--out");
  const wb = await loadWorkbook(input);
  const members = readCommentBook(wb).members.records.map((r) => r.record);
  const checked = validateMember(
    {
      id: nextMemberId(members),
      name: need(flags, "--name"),
      role: need(flags, "--role") as MemberRole,
      affiliation: flags.get("--affiliation") ?? "",
      active: true,
    },
    members,
  );
  if (!checked.ok) return report(io, checked.problems);
  const stored = appendMember(wb, checked.value);
  if (!stored.ok) return report(io, stored.problems);
  await saveWorkbook(wb, input, out);
  io.out(`委員を追加しました: ${checked.value.id} ${checked.value.name}（${out}）`);
  return 0;
}

async function addMeeting(flags: Flags, io: CommentsIo): Promise<number> {
  const input = need(flags, "--workbook");
  const out = need(flags, "--out");
  const wb = await loadWorkbook(input);
  const book = readCommentBook(wb);
  const ids = (name: string): string[] =>
    (flags.get(name) ?? "")
      .split(/[,、]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const checked = validateMeeting(
    {
      number: Number(need(flags, "--number")),
      date: need(flags, "--date"),
      startTime: flags.get("--start") ?? "",
      endTime: flags.get("--end") ?? "",
      place: flags.get("--place") ?? "",
      attendees: ids("--attendees"),
      absentees: ids("--absentees"),
      cityAttendees: flags.get("--city-attendees") ?? "",
      agenda: (flags.get("--agenda") ?? "").split("\n"),
      handouts: [],
    },
    book.meetings.records.map((r) => r.record),
    book.members.records.map((r) => r.record),
  );
  if (!checked.ok) return report(io, checked.problems);
  const stored = appendMeeting(wb, checked.value);
  if (!stored.ok) return report(io, stored.problems);
  await saveWorkbook(wb, input, out);
  io.out(`会議を追加しました: 第${checked.value.number}回 ${checked.value.date}（${out}）`);
  return 0;
}

const ACTIONS: Readonly<Record<string, (flags: Flags, io: CommentsIo) => Promise<number>>> = {
  list,
  add,
  "add-member": addMember,
  "add-meeting": addMeeting,
};

export async function runComments(args: readonly string[], io: CommentsIo = STD_IO): Promise<number> {
  const [action, ...rest] = args;
  if (action === undefined || action === "--help" || action === "-h" || rest.includes("--help")) {
    io.out(HELP);
    return action === undefined ? 2 : 0;
  }
  const run = ACTIONS[action];
  const flags = parseFlags(rest);
  if (!run || typeof flags === "string") {
    io.err(`kpi-review comments: ${run ? flags : `unknown action "${action}"`}\n${HELP}`);
    return 2;
  }
  try {
    return await run(flags, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`kpi-review comments: ${error.message}\n${HELP}`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      io.err(`kpi-review comments: no such file: ${(error as NodeJS.ErrnoException).path ?? ""}`);
      return 1;
    }
    throw error;
  }
}

export const verb: CliVerb = {
  name: "comments",
  summary: "list and add committee comments (and members, meetings) in a workbook",
  run: (args) => runComments(args),
};
