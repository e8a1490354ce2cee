/**
 * The committee's record: problem sentences (keys comments.problem.<code>; src/domain/comments/problems.ts keeps the
 * codes and parameters and formats them through translate) and the field labels those sentences name.
 */
import type { Entry } from "./entry";

export const COMMENT_PROBLEM_MESSAGES = {
  "comments.problem.required": { ja: "{field}を入力してください。", en: "{field} is required." },
  "comments.problem.tooLong": {
    ja: "{field}が長すぎます（{length}文字）。Excel の1つのセルには{limit}文字までしか入りません。",
    en: "{field} is too long ({length} characters). One Excel cell holds at most {limit} characters.",
  },
  "comments.problem.controlChar": {
    ja: "{field}に使えない制御文字（{char}）が含まれています。",
    en: "{field} contains a control character that cannot be stored ({char}).",
  },
  "comments.problem.notInList": {
    ja: "{field}「{value}」は次のいずれかにしてください: {allowed}",
    en: '{field} "{value}" must be one of: {allowed}',
  },
  "comments.problem.badTarget": {
    ja: "対象「{value}」は指標ID（例 1-1-K1-2）、施策（例 1-1-2）、基本目標（例 1-1）または「全体」で指定してください。",
    en: 'Target "{value}" must be an indicator id (e.g. 1-1-K1-2), a measure (1-1-2), a sub-goal (1-1) or 「全体」.',
  },
  "comments.problem.unknownTarget": {
    ja: "対象「{value}」はデータにありません。",
    en: 'Target "{value}" is not in the dataset.',
  },
  "comments.problem.unknownMember": {
    ja: "委員「{value}」は委員名簿にありません。",
    en: 'Member "{value}" is not in the member list (委員名簿).',
  },
  "comments.problem.unknownMeeting": {
    ja: "第{value}回の会議は登録されていません。",
    en: "Meeting {value} is not registered.",
  },
  "comments.problem.duplicateId": { ja: "ID「{value}」は既に使われています。", en: 'Id "{value}" is already in use.' },
  "comments.problem.duplicateMeeting": {
    ja: "第{value}回の会議は既に登録されています。",
    en: "Meeting {value} is already registered.",
  },
  "comments.problem.badNumber": {
    ja: "{field}は1以上の整数にしてください（「{value}」）。",
    en: '{field} must be a whole number of at least 1 (got "{value}").',
  },
  "comments.problem.badDate": {
    ja: "{field}は 2025-11-20 の形の日付にしてください（「{value}」）。",
    en: '{field} must be a date like 2025-11-20 (got "{value}").',
  },
  "comments.problem.badTime": {
    ja: "{field}は 14:00 の形の時刻にしてください（「{value}」）。",
    en: '{field} must be a time like 14:00 (got "{value}").',
  },
  "comments.problem.timeOrder": {
    ja: "終了時刻（{end}）が開始時刻（{start}）より前です。",
    en: "The end time ({end}) is before the start time ({start}).",
  },
  "comments.problem.attendeeAndAbsent": {
    ja: "委員「{value}」が出席と欠席の両方に入っています。",
    en: 'Member "{value}" is listed as both present and absent.',
  },
  "comments.problem.missingTable": {
    ja: "テーブル「{table}」が見つかりません。このブックは KPIレビューで作成したものですか？",
    en: "Table 「{table}」 was not found. Was this workbook made by KPI Review?",
  },
  "comments.problem.missingHeader": {
    ja: "「{sheet}」に見出し「{header}」の列がありません。",
    en: "Sheet 「{sheet}」 has no column headed 「{header}」.",
  },
  "comments.problem.olderTable": {
    ja: "「{sheet}」は以前の版で作った表で、「{header}」の列がありません。「データを更新」で列を追加してから保存するか、「{header}」を空にしてください。",
    en: "Sheet 「{sheet}」 was made by an older version and has no column 「{header}」: refresh the workbook (データを更新) to add it, then save again, or leave 「{header}」 empty.",
  },
  "comments.problem.duplicateHeader": {
    ja: "「{sheet}」に見出し「{header}」の列が2つ以上あります。",
    en: "Sheet 「{sheet}」 has more than one column headed 「{header}」.",
  },
  "comments.problem.notFound": { ja: "ID「{value}」の行が見つかりません。", en: 'No row with id "{value}" was found.' },
  "comments.problem.referenced": {
    ja: "{what}は次の記録で参照されているため削除できません: {refs}",
    en: "{what} cannot be deleted: it is referenced by {refs}",
  },
  "comments.problem.unclosedQuote": {
    ja: '引用符（"）で始まる項目が閉じられていません。ファイルの終わりまでが1つの項目になってしまいます。',
    en: 'A quoted field is never closed (a missing "): it would run to the end of the file.',
  },
  "comments.problem.quoteInField": {
    ja: '引用符（"）で囲まれていない項目の中に引用符があります。項目全体を " で囲み、中の " は "" と書いてください。',
    en: 'A quote inside a field that is not quoted: quote the whole field and write each quote inside it as "".',
  },
  "comments.problem.textAfterQuote": {
    ja: '閉じた引用符（"）の後に文字があります。項目全体を " で囲み、中の " は "" と書いてください。',
    en: 'Text after a closing quote: quote the whole field and write each quote inside it as "".',
  },
} as const satisfies Record<string, Entry>;

/**
 * Field labels for {field}: the Japanese header names (contracts), with English for the English pane. Not catalogue
 * keys: several are the same word in both languages (ID), which the catalogue's checks rightly refuse for a sentence.
 */
export const COMMENT_FIELD_LABELS: Readonly<Record<string, Entry>> = {
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
  observers: { ja: "傍聴者", en: "Observers" },
  disclosure: { ja: "公開区分", en: "Open to the public" },
  secretariat: { ja: "事務局", en: "Secretariat" },
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
