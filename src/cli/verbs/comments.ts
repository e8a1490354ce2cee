/**
 * `kpi-review comments list|add|add-member|add-meeting --workbook IN.xlsx [--out OUT.xlsx] …`: the committee's record
 * in a workbook file, by the comments use cases (src/app/comments.ts) over the xlsx port. Files in, files out:
 * --out must differ from --workbook. Every problem is printed as `path: message` (Japanese, then the exit code 1),
 * and nothing is written unless everything passed (a CSV import is all-or-nothing).
 */
import type ExcelJS from "exceljs";
import {
  addComment,
  recordsOf,
  saveMeeting,
  saveMember,
  type CommentsPort,
  type CommentsWriteResult,
} from "../../app/comments";
import {
  COMMENT_STATUSES,
  filterComments,
  formatProblems,
  formatTarget,
  importCommentsCsv,
  meetingNumber,
  parseTarget,
  sortNewestFirst,
  type CommentProblem,
  type CommentRecord,
  type CommentStatus,
  type IdSource,
  type MeetingDisclosure,
  type MemberRole,
} from "../../domain/comments";
import { decodeBytes } from "../../domain/dataset/ingest/decode";
import type { Problem } from "../../domain/dataset/problems";
import { xlsxCommentsPort } from "../../adapters/xlsx/comments-port";
import { readKnownTargets } from "../../adapters/xlsx/known-targets";
import { parseVerbArgs, wantsHelp, type ArgValues } from "../args";
import { loadXlsxFile, overwrittenInput, readInput, saveXlsxFile, STD_LINES, type Lines } from "../io";
import { usageError, type CliVerb } from "../verb";

const HELP = [
  "usage:",
  "  kpi-review comments list --workbook IN.xlsx [--meeting N] [--status 未対応] [--target 1-1-K1-2] [--json]",
  "  kpi-review comments add --workbook IN.xlsx --out OUT.xlsx --meeting N --target ID --speaker M001|氏名",
  "                          --category 意見 (--text TEXT | --text-file FILE) [--recorded-by NAME]",
  "  kpi-review comments add --workbook IN.xlsx --out OUT.xlsx --csv FILE [--recorded-by NAME]",
  "  kpi-review comments add-member --workbook IN.xlsx --out OUT.xlsx --name 氏名 --role 委員 [--affiliation 所属]",
  "  kpi-review comments add-meeting --workbook IN.xlsx --out OUT.xlsx --number N --date 2025-11-20",
  "                          [--start 14:00] [--end 15:30] [--place 場所] [--attendees M001,M002] [--absentees M003]",
  "                          [--city-attendees TEXT] [--agenda TEXT] [--handouts TEXT] [--observers 2名]",
  "                          [--disclosure 公開|非公開|一部非公開] [--secretariat 企画調整課]   (議題・配布資料は1行に1件)",
  "",
  "委員意見・委員名簿・会議をブック(.xlsx)で読み書きします。入力ファイルは上書きしません（--out は別のファイル）。",
  "CSV (UTF-8 または Shift_JIS): 見出し 会議,対象,発言者,区分,内容 (必須) と 市の回答・対応,対応状況,記録者 (任意)。",
  "Reads and writes committee comments, members and meetings in a workbook; never overwrites the input.",
].join("\n");

export interface CommentsIo extends Lines {
  readonly ids: IdSource;
  /** 記録者 when --recorded-by is not given. */
  readonly user: () => string;
}

const STD_IO: CommentsIo = {
  ...STD_LINES,
  ids: { now: () => new Date(), random: () => Math.random() },
  user: () => process.env.USER ?? process.env.USERNAME ?? "kpi-review",
};

const text = { type: "string" } as const;
const OPTIONS = {
  workbook: text,
  out: text,
  meeting: text,
  status: text,
  target: text,
  speaker: text,
  category: text,
  text,
  "text-file": text,
  "recorded-by": text,
  csv: text,
  name: text,
  role: text,
  affiliation: text,
  number: text,
  date: text,
  start: text,
  end: text,
  place: text,
  attendees: text,
  absentees: text,
  "city-attendees": text,
  agenda: text,
  handouts: text,
  observers: text,
  disclosure: text,
  secretariat: text,
  json: { type: "boolean" },
} as const;

type Flags = ArgValues<typeof OPTIONS>;

class UsageError extends Error {}

/** An input that could not be read: its `path: message` line, exit code 1. */
class InputError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/** Saves the workbook to --out (a file there kept as a dated copy): null, or the exit code of a failure. */
function save(io: CommentsIo, workbook: ExcelJS.Workbook, out: string): Promise<number | null> {
  return saveXlsxFile(io, "comments", workbook, out, io.ids.now());
}

/** --meeting (or --number) as a meeting number (「3」「第3回」「３」); anything else is a usage error, never 0 or NaN. */
function meetingOption(value: string, option = "--meeting"): number {
  const n = meetingNumber(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} must be a meeting number like 3, got "${value}"`);
  return n;
}

function need(flags: Flags, name: Exclude<keyof Flags, "json">): string {
  const v = flags[name];
  if (v === undefined) throw new UsageError(`--${name} is required`);
  return v;
}

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const read = await loadXlsxFile(path);
  if (!read.ok) throw new InputError(read.problem);
  return read.workbook;
}

/**
 * A text file (--csv, --text-file) in the encoding it was saved in: UTF-8 (BOM or not), UTF-16 with a BOM, or the
 * Shift_JIS Japanese Excel writes for 「CSV (コンマ区切り)」 — detected as the dataset CSV is (ingest/decode). A
 * binary file or text in none of them is its one line, not mojibake.
 */
async function readText(path: string): Promise<string> {
  const read = await readInput(path);
  if (!read.ok) throw new InputError(read.problem);
  const decoded = decodeBytes(new Uint8Array(read.bytes));
  if (!decoded.ok) throw new InputError({ path, message: decoded.message });
  return decoded.text;
}

/** The input and the output; refused before anything is read when the output is the input. */
async function inOut(flags: Flags): Promise<{ readonly input: string; readonly out: string }> {
  const input = need(flags, "workbook");
  const out = need(flags, "out");
  if ((await overwrittenInput(out, [input])) !== null) {
    throw new UsageError(`--out ${out} is the input workbook itself; refusing to overwrite an input`);
  }
  return { input, out };
}

function report(io: CommentsIo, problems: readonly CommentProblem[]): number {
  for (const line of formatProblems(problems, "ja")) io.out(line);
  io.err(
    `${problems.length}件の問題があります。ブックは書き込んでいません。 / ${problems.length} problem(s); nothing written.`,
  );
  return 1;
}

/**
 * One comment as one tab-separated line: a line break shows as ⏎ and a tab as ⇥ in every field, so a tab in a comment
 * cannot shift the columns after it (--json keeps the text exactly).
 */
function listLine(c: CommentRecord): string {
  const oneLine = (s: string): string => s.replace(/\r\n|\r|\n/g, "⏎").replace(/\t/g, "⇥");
  return [c.id, `第${c.meeting}回`, formatTarget(c.target), c.speakerName, c.category, c.status, c.text, c.response]
    .map(oneLine)
    .join("\t");
}

/** A workbook file opened for the use cases: the exceljs workbook, its comments port, the record read. */
async function open(path: string) {
  const workbook = await loadWorkbook(path);
  const port: CommentsPort = xlsxCommentsPort(workbook);
  const book = await port.readBook();
  return { workbook, port, book, records: recordsOf(book) };
}

/** A refused write as an exit code: the domain's problems are reported and nothing is saved. */
function refused(io: CommentsIo, result: Exclude<CommentsWriteResult, { ok: true }>): number {
  if ("problems" in result) return report(io, result.problems);
  // Only the Office backend reports errors of its own; an exceljs workbook in memory has none to report.
  throw new Error(`the workbook could not be written: ${result.error.code}`);
}

async function list(flags: Flags, io: CommentsIo): Promise<number> {
  const path = need(flags, "workbook");
  const { book, records } = await open(path);
  // no table (or no column) to list from: an empty listing would say "no comments", which is not known
  const blocking = book.comments.problems.find((p) => p.code === "missingTable" || p.code === "missingHeader");
  if (blocking) throw new InputError({ path, message: formatProblems([blocking], "ja")[0] as string });
  for (const line of formatProblems(book.comments.problems, "ja")) io.err(`警告 / warning: ${line}`);
  const meeting = flags.meeting;
  const status = flags.status;
  const target = flags.target;
  if (status !== undefined && !(COMMENT_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status must be one of ${COMMENT_STATUSES.join(", ")}`);
  }
  const parsedTarget = target === undefined ? undefined : parseTarget(target);
  if (parsedTarget === null) throw new UsageError(`--target "${target}" names no indicator, 施策, sub-goal or 全体`);
  const shown = sortNewestFirst(
    filterComments(records.comments, {
      ...(meeting !== undefined ? { meeting: meetingOption(meeting) } : {}),
      ...(status !== undefined ? { statuses: [status as CommentStatus] } : {}),
      ...(parsedTarget ? { target: parsedTarget } : {}),
    }),
  );
  if (flags.json) io.out(JSON.stringify(shown, null, 2));
  else {
    io.out(["ID", "会議", "対象", "発言者", "区分", "対応状況", "内容", "市の回答・対応"].join("\t"));
    for (const c of shown) io.out(listLine(c));
  }
  return 0;
}

/** The comments of a paper CSV, all checked first, then appended (all or nothing: a failure saves nothing). */
async function addFromCsv(
  session: Awaited<ReturnType<typeof open>>,
  csv: string,
  recordedBy: string,
  known: ReadonlySet<string> | null,
  io: CommentsIo,
): Promise<readonly CommentRecord[] | number> {
  const { port, records } = session;
  const context = {
    members: records.members,
    meetings: records.meetings,
    takenIds: new Set(records.comments.map((c) => c.id)),
    ...(known ? { knownTargets: known } : {}),
  };
  const imported = importCommentsCsv(await readText(csv), context, io.ids, { recordedBy });
  if (!imported.ok) return report(io, imported.problems);
  for (const record of imported.records) {
    const stored = await port.append("comments", record);
    if (!stored.ok) return refused(io, stored);
  }
  return imported.records;
}

async function add(flags: Flags, io: CommentsIo): Promise<number> {
  const { input, out } = await inOut(flags);
  const session = await open(input);
  const { book, records, workbook, port } = session;
  const blocking = [...book.members.problems, ...book.meetings.problems].filter(
    (p) => p.code === "missingTable" || p.code === "missingHeader",
  );
  if (blocking.length > 0) return report(io, blocking);
  const known = readKnownTargets(workbook);
  const recordedBy = flags["recorded-by"] ?? io.user();
  let added: readonly CommentRecord[];
  if (flags.csv !== undefined) {
    const imported = await addFromCsv(session, flags.csv, recordedBy, known, io);
    if (typeof imported === "number") return imported;
    added = imported;
  } else {
    const textFile = flags["text-file"];
    const text = textFile !== undefined ? await readText(textFile) : need(flags, "text");
    const speaker = need(flags, "speaker");
    // 発言者 by id, or by a name that names exactly one member
    const byName = records.members.filter((m) => m.name.replace(/\s/g, "") === speaker.replace(/\s/g, ""));
    const input = {
      meeting: meetingOption(need(flags, "meeting")),
      target: need(flags, "target"),
      speakerId:
        records.members.some((m) => m.id === speaker) || byName.length !== 1 ? speaker : (byName[0]?.id ?? speaker),
      category: need(flags, "category"),
      text,
      recordedBy,
    };
    const result = await addComment(port, records, input, io.ids, known ?? undefined);
    if (!result.ok) return refused(io, result);
    added = [result.value];
  }
  const failed = await save(io, workbook, out);
  if (failed !== null) return failed;
  io.out(`委員意見を${added.length}件追加しました: ${out}`);
  io.out(`Added ${added.length} comment(s): ${out}`);
  for (const r of added) io.out(listLine(r));
  return 0;
}

async function addMember(flags: Flags, io: CommentsIo): Promise<number> {
  const { input, out } = await inOut(flags);
  const { workbook, port, records } = await open(input);
  const member = {
    id: "",
    name: need(flags, "name"),
    role: need(flags, "role") as MemberRole,
    affiliation: flags.affiliation ?? "",
    active: true,
  };
  const result = await saveMember(port, records, member, true);
  if (!result.ok) return refused(io, result);
  const failed = await save(io, workbook, out);
  if (failed !== null) return failed;
  io.out(`委員を追加しました: ${result.value.id} ${result.value.name}（${out}）`);
  return 0;
}

async function addMeeting(flags: Flags, io: CommentsIo): Promise<number> {
  const { input, out } = await inOut(flags);
  const { workbook, port, records } = await open(input);
  const ids = (list: string | undefined): string[] =>
    (list ?? "")
      .split(/[,、]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const meeting = {
    number: meetingOption(need(flags, "number"), "--number"),
    date: need(flags, "date"),
    startTime: flags.start ?? "",
    endTime: flags.end ?? "",
    place: flags.place ?? "",
    attendees: ids(flags.attendees),
    absentees: ids(flags.absentees),
    cityAttendees: flags["city-attendees"] ?? "",
    agenda: (flags.agenda ?? "").split("\n"),
    handouts: (flags.handouts ?? "").split("\n"),
    observers: flags.observers ?? "",
    disclosure: (flags.disclosure ?? "") as MeetingDisclosure | "",
    secretariat: flags.secretariat ?? "",
  };
  const result = await saveMeeting(port, records, meeting, true);
  if (!result.ok) return refused(io, result);
  const failed = await save(io, workbook, out);
  if (failed !== null) return failed;
  io.out(`会議を追加しました: 第${result.value.number}回 ${result.value.date}（${out}）`);
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
  if (action === undefined || wantsHelp(args)) {
    io.out(HELP);
    return action === undefined ? 2 : 0;
  }
  const run = ACTIONS[action];
  if (!run) return usageError(io, "comments", `unknown action "${action}"`);
  // A comment's text may start with "--"; every other value is a name, a number or a date.
  const parsed = parseVerbArgs(rest, { options: OPTIONS, dashedValues: true });
  if (parsed.kind !== "ok") return usageError(io, "comments", parsed.kind === "usage" ? parsed.message : "");
  try {
    return await run(parsed.values, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, "comments", error.message);
    if (error instanceof InputError) {
      const p = error.problem;
      io.err(
        `kpi-review comments: ${p.message === "no such file" ? `no such file: ${p.path}` : `${p.path}: ${p.message}`}`,
      );
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
