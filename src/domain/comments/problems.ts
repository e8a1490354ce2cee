/**
 * Problems as data for the committee's record: a path (the field, or `rows[3].内容`), a code and its parameters.
 * The text is rendered in either language from one table, so the CLI, the pane and tests share the same words.
 */
import type { Lang } from "../../lib/lang";

export type CommentProblemCode =
  | "required"
  | "tooLong"
  | "controlChar"
  | "notInList"
  | "badTarget"
  | "unknownTarget"
  | "unknownMember"
  | "unknownMeeting"
  | "duplicateId"
  | "duplicateMeeting"
  | "badNumber"
  | "badDate"
  | "badTime"
  | "timeOrder"
  | "attendeeAndAbsent"
  | "missingTable"
  | "missingHeader"
  | "duplicateHeader"
  | "notFound"
  | "referenced";

export interface CommentProblem {
  /** The field (`text`, `speakerId`), or a location such as `CSV 3行目 内容`. */
  readonly path: string;
  readonly code: CommentProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

const TEXTS: Readonly<Record<CommentProblemCode, { readonly ja: string; readonly en: string }>> = {
  required: { ja: "{field}を入力してください。", en: "{field} is required." },
  tooLong: {
    ja: "{field}が長すぎます（{length}文字）。Excel の1つのセルには{limit}文字までしか入りません。",
    en: "{field} is too long ({length} characters). One Excel cell holds at most {limit} characters.",
  },
  controlChar: {
    ja: "{field}に使えない制御文字（{char}）が含まれています。",
    en: "{field} contains a control character that cannot be stored ({char}).",
  },
  notInList: {
    ja: "{field}「{value}」は次のいずれかにしてください: {allowed}",
    en: '{field} "{value}" must be one of: {allowed}',
  },
  badTarget: {
    ja: "対象「{value}」は指標ID（例 1-1-K1-2）、施策（例 1-1-2）、基本目標（例 1-1）または「全体」で指定してください。",
    en: 'Target "{value}" must be an indicator id (e.g. 1-1-K1-2), a measure (1-1-2), a sub-goal (1-1) or 「全体」.',
  },
  unknownTarget: { ja: "対象「{value}」はデータにありません。", en: 'Target "{value}" is not in the dataset.' },
  unknownMember: {
    ja: "委員「{value}」は委員名簿にありません。",
    en: 'Member "{value}" is not in the member list (委員名簿).',
  },
  unknownMeeting: {
    ja: "第{value}回の会議は登録されていません。",
    en: "Meeting {value} (第{value}回) is not registered.",
  },
  duplicateId: { ja: "ID「{value}」は既に使われています。", en: 'Id "{value}" is already in use.' },
  duplicateMeeting: { ja: "第{value}回の会議は既に登録されています。", en: "Meeting {value} is already registered." },
  badNumber: {
    ja: "{field}は1以上の整数にしてください（「{value}」）。",
    en: '{field} must be a whole number of at least 1 (got "{value}").',
  },
  badDate: {
    ja: "{field}は 2025-11-20 の形の日付にしてください（「{value}」）。",
    en: '{field} must be a date like 2025-11-20 (got "{value}").',
  },
  badTime: {
    ja: "{field}は 14:00 の形の時刻にしてください（「{value}」）。",
    en: '{field} must be a time like 14:00 (got "{value}").',
  },
  timeOrder: {
    ja: "終了時刻（{end}）が開始時刻（{start}）より前です。",
    en: "The end time ({end}) is before the start time ({start}).",
  },
  attendeeAndAbsent: {
    ja: "委員「{value}」が出席と欠席の両方に入っています。",
    en: 'Member "{value}" is listed as both present and absent.',
  },
  missingTable: {
    ja: "テーブル「{table}」が見つかりません。このブックは KPIレビューで作成したものですか？",
    en: "Table 「{table}」 was not found. Was this workbook made by KPI Review?",
  },
  missingHeader: {
    ja: "「{sheet}」に見出し「{header}」の列がありません。",
    en: "Sheet 「{sheet}」 has no column headed 「{header}」.",
  },
  duplicateHeader: {
    ja: "「{sheet}」に見出し「{header}」の列が2つ以上あります。",
    en: "Sheet 「{sheet}」 has more than one column headed 「{header}」.",
  },
  notFound: { ja: "ID「{value}」の行が見つかりません。", en: 'No row with id "{value}" was found.' },
  referenced: {
    ja: "{what}は次の記録で参照されているため削除できません: {refs}",
    en: "{what} cannot be deleted: it is referenced by {refs}",
  },
};

/** Field labels: the Japanese header names (contracts), with English for the English pane. */
const FIELDS: Readonly<Record<string, { readonly ja: string; readonly en: string }>> = {
  id: { ja: "ID", en: "ID" },
  name: { ja: "氏名", en: "Name" },
  role: { ja: "役職", en: "Role" },
  affiliation: { ja: "所属", en: "Affiliation" },
  active: { ja: "状態", en: "State" },
  number: { ja: "回", en: "Meeting number" },
  date: { ja: "開催日", en: "Date" },
  startTime: { ja: "開始時刻", en: "Start time" },
  endTime: { ja: "終了時刻", en: "End time" },
  place: { ja: "場所", en: "Place" },
  attendees: { ja: "出席委員", en: "Members present" },
  absentees: { ja: "欠席委員", en: "Members absent" },
  cityAttendees: { ja: "市側出席者", en: "City attendees" },
  agenda: { ja: "議題", en: "Agenda" },
  handouts: { ja: "配布資料", en: "Handouts" },
  meeting: { ja: "会議", en: "Meeting" },
  target: { ja: "対象", en: "Target" },
  speakerId: { ja: "発言者", en: "Speaker" },
  speakerName: { ja: "発言者", en: "Speaker" },
  category: { ja: "区分", en: "Category" },
  text: { ja: "内容", en: "Comment" },
  response: { ja: "市の回答・対応", en: "City's response" },
  status: { ja: "対応状況", en: "Status" },
  recordedAt: { ja: "記録日時", en: "Recorded at" },
  recordedBy: { ja: "記録者", en: "Recorded by" },
};

export function fieldLabel(field: string, lang: Lang): string {
  return FIELDS[field]?.[lang] ?? field;
}

export function problem(
  path: string,
  code: CommentProblemCode,
  params: Record<string, string | number> = {},
): CommentProblem {
  return { path, code, params };
}

/** A notInList problem at `path` unless `value` is one of `allowed` (the forms' and the tables' list columns). */
export function notInList(path: string, field: string, value: string, allowed: readonly string[]): CommentProblem[] {
  return allowed.includes(value) ? [] : [problem(path, "notInList", { field, value, allowed: allowed.join("、") })];
}

/** The problem's sentence in `lang`; a `field` parameter is shown by its label. */
export function describeProblem(p: CommentProblem, lang: Lang = "ja"): string {
  const params: Record<string, string | number> = { ...p.params };
  if (typeof params.field === "string") params.field = fieldLabel(params.field, lang);
  return TEXTS[p.code][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** 「path: message」 lines, as the CLI prints them. */
export function formatProblems(problems: readonly CommentProblem[], lang: Lang = "ja"): string[] {
  return problems.map((p) => `${p.path}: ${describeProblem(p, lang)}`);
}
