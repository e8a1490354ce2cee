import { EVALUATION_SHEET_NAMES } from "../../src/workbook/evaluation-columns";
import fc from "fast-check";
import { COMMENT_STATUSES, countByTarget, type CommentRecord } from "../../src/domain/comments";
import { COMMENT_COLUMNS, MEETING_COLUMNS, MEMBER_COLUMNS } from "../../src/workbook/comment-columns";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import {
  addCommentsToPlan,
  buildCommentSheets,
  commentCountColumnLetter,
  commentRowHeight,
  commentCountFormula,
  keepExistingCommentSheets,
  openCommentFormula,
} from "../../src/plan/comments-sheets";
import { buildWorkbookPlan } from "../../src/plan/workbook";
import type { SheetPlan, WorkbookPlan } from "../../src/plan/types";
import { loadPlanIntoHyperFormula } from "../support/hyperformula-plan";
import { comment, MEETINGS, MEMBERS } from "../fixtures/comments/records";
import { loadFixture } from "./plan-readback";
import { withoutComments } from "../fixtures/comments/workbook";
import { KPI_COLUMNS } from "../support/layout";
import { COMMENT_ROW_NUMBER_FORMATS, COMMENT_SHEET_HEADERS } from "../support/comment-sheet-contract";

const builtAt = new Date("2026-11-24T09:00:00Z");
const mixed = loadFixture("mixed");
const sheet = (p: WorkbookPlan, name: string): SheetPlan => {
  const s = p.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

describe("委員名簿・会議・委員意見 sheets", () => {
  const [members, meetings, comments] = buildCommentSheets();

  it("are empty tables with the contract headers and one blank row", () => {
    expect(members?.rows[0]?.map((c) => c?.value)).toEqual(["ID", "氏名", "役職", "所属", "状態"]);
    expect(meetings?.rows[0]?.map((c) => c?.value)).toEqual(MEETING_COLUMNS.map((c) => c.header));
    expect(comments?.rows[0]?.map((c) => c?.value)).toEqual(COMMENT_SHEET_HEADERS);
    expect(members?.tables).toEqual([
      { name: "委員名簿", range: "A1:E2", style: "TableStyleLight9", showFilterButton: true },
    ]);
    // 傍聴者, 公開区分, then 事務局 last: the columns of an older table keep their letters
    expect(meetings?.rows[0]?.slice(-3).map((c) => c?.value)).toEqual(["傍聴者", "公開区分", "事務局"]);
    expect(meetings?.tables[0]).toMatchObject({ name: "会議", range: "A1:M2" });
    expect(comments?.tables[0]).toMatchObject({ name: "委員意見", range: "A1:K2" });
    expect(comments?.rows[1]?.every((c) => c?.value === null)).toBe(true);
  });

  it("format text columns as text, the meeting number as 第N回 and 記録日時 as a date-time", () => {
    const blank = comments?.rows[1] ?? [];
    expect(blank.map((c) => c?.numberFormat)).toEqual(COMMENT_ROW_NUMBER_FORMATS);
  });

  it("validate 区分, 対応状況, 役職 and 状態 with their lists", () => {
    expect(comments?.validations).toEqual([
      {
        kind: "list",
        range: "F2:F2001",
        values: ["意見", "質問", "提言", "要望", "その他"],
        prompt: expect.any(String),
      },
      { kind: "list", range: "I2:I2001", values: ["未対応", "対応中", "対応済"], prompt: expect.any(String) },
    ]);
    expect(members?.validations.map((v) => [v.range, v.kind === "list" ? v.values : []])).toEqual([
      ["C2:C2001", ["会長", "副会長", "委員"]],
      ["E2:E2001", ["在任", "退任"]],
    ]);
  });

  it("give 内容 the widest column and freeze the header", () => {
    const widths = comments?.columns.map((c) => c.width) ?? [];
    expect(Math.max(...widths)).toBe(widths[COMMENT_COLUMNS.findIndex((c) => c.key === "text")]);
    expect(comments?.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("hold given records, text as typed", () => {
    const [m, , c] = buildCommentSheets({
      members: MEMBERS,
      meetings: MEETINGS,
      comments: [comment({ text: "=1+1" })],
    });
    expect(m?.rows).toHaveLength(1 + MEMBERS.length);
    expect(m?.tables[0]?.range).toBe(`A1:E${1 + MEMBERS.length}`);
    expect(c?.rows[1]?.[6]).toEqual({ value: "=1+1", numberFormat: "@", style: "longInput" }); // 内容 wraps
    expect(c?.rows[1]?.[6]?.formula).toBeUndefined();
    expect(MEMBER_COLUMNS).toHaveLength(5);
  });
});

const withoutEvaluation = (names: readonly string[]): string[] =>
  names.filter((n) => !EVALUATION_SHEET_NAMES.includes(n));

describe("KPI一覧 comment counts", () => {
  // The plan as buildWorkbookPlan made it before comments were wired in (works either way).
  const base = withoutComments(buildWorkbookPlan(mixed, { builtAt }));
  const plan = addCommentsToPlan(base);
  const kpi = sheet(plan, "KPI一覧");
  const n = KPI_COLUMNS.length;

  it("append 意見数 and 未対応意見 to the KPI table, leave the base plan untouched", () => {
    expect(kpi.rows[KPI_ROWS.header - 1]?.slice(n).map((c) => c?.value)).toEqual(["意見数", "未対応意見"]);
    const baseRange = sheet(base, "KPI一覧").tables[0]?.range ?? "";
    expect(kpi.tables[0]?.range).toBe(baseRange.replace(/:[A-Z]+/, `:${commentCountColumnLetter(kpi, "未対応意見")}`));
    expect(sheet(base, "KPI一覧").rows[KPI_ROWS.header - 1]).toHaveLength(n);
    // The issue #12 sheets (評価, 評価履歴 …) are neither added nor dropped here.
    expect(withoutEvaluation(plan.sheets.map((s) => s.name))).toEqual([
      "KPI一覧",
      "設定",
      "概要",
      "確認事項", // the staff sheet of 要確認 (issue #13)
      "委員名簿",
      "会議",
      "委員意見",
    ]);
  });

  it("is idempotent, rebuilding the comment sheets from the given records", () => {
    expect(addCommentsToPlan(plan)).toEqual(plan);
    const again = addCommentsToPlan(plan, { members: MEMBERS });
    expect(again.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(sheet(again, "委員名簿").rows).toHaveLength(1 + MEMBERS.length);
    expect(sheet(again, "KPI一覧")).toEqual(kpi);
    expect(withoutComments(plan)).toEqual(base); // the fixture helper undoes exactly this
  });

  it("count by COUNTIF/COUNTIFS over whole 委員意見 columns, from the row's ID", () => {
    expect(commentCountFormula("$A4")).toBe(`=IF($A4="","",COUNTIF('委員意見'!$C:$C,$A4))`);
    expect(openCommentFormula("$A4")).toBe(
      `=IF($A4="","",COUNTIFS('委員意見'!$C:$C,$A4,'委員意見'!$I:$I,"未対応")+COUNTIFS('委員意見'!$C:$C,$A4,'委員意見'!$I:$I,"対応中"))`,
    );
    const row = kpi.rows[KPI_ROWS.firstData - 1] ?? [];
    expect(row[n]?.formula).toBe(commentCountFormula(`$A${KPI_ROWS.firstData}`));
  });

  it("mark rows with open comments on the ID and the count cells", () => {
    const open = commentCountColumnLetter(kpi, "未対応意見");
    const last = KPI_ROWS.firstData + mixed.indicators.length - 1;
    const marks = kpi.conditionalFormats.slice(-2);
    expect(marks.map((m) => m.range)).toEqual([`${open}4:${open}${last}`, `A4:A${last}`]);
    expect(marks.every((m) => m.kind === "expression" && m.formula === `=AND(ISNUMBER($${open}4),$${open}4>0)`)).toBe(
      true,
    );
  });

  it("agree in HyperFormula with the TypeScript twin on random comment sets", () => {
    const ids = mixed.indicators.map((i) => i.id);
    const targets = [...ids, "1-1-1", "1-1", "全体"];
    const countCol = commentCountColumnLetter(kpi, "意見数") as string;
    const openCol = commentCountColumnLetter(kpi, "未対応意見") as string;
    fc.assert(
      fc.property(
        fc.array(fc.record({ target: fc.constantFrom(...targets), status: fc.constantFrom(...COMMENT_STATUSES) }), {
          maxLength: 30,
        }),
        (sketches) => {
          const records: CommentRecord[] = sketches.map((s, i) => {
            const target =
              s.target === "全体" ? ({ kind: "strategy" } as const) : { kind: "indicator" as const, id: s.target };
            return comment({ id: `C-${i}`, target, status: s.status });
          });
          const withRows = addCommentsToPlan(base, { members: MEMBERS, meetings: MEETINGS, comments: records });
          const loaded = loadPlanIntoHyperFormula(withRows);
          try {
            const twin = countByTarget(records);
            ids.forEach((id, i) => {
              const r = KPI_ROWS.firstData + i;
              expect(loaded.value("KPI一覧", `${countCol}${r}`)).toBe(twin.get(id)?.total ?? 0);
              expect(loaded.value("KPI一覧", `${openCol}${r}`)).toBe(twin.get(id)?.open ?? 0);
            });
          } finally {
            loaded.destroy();
          }
        },
      ),
      { numRuns: 8 },
    );
  });

  it("counts a comment typed into the sheet later (whole-column references)", () => {
    const loaded = loadPlanIntoHyperFormula(plan);
    try {
      const countCol = commentCountColumnLetter(kpi, "意見数") as string;
      const row = KPI_ROWS.firstData + 1; // 1-1-K1-1
      expect(loaded.value("KPI一覧", `${countCol}${row}`)).toBe(0);
      loaded.setValue("委員意見", "C500", "1-1-K1-1");
      loaded.setValue("委員意見", "I500", "対応中");
      expect(loaded.value("KPI一覧", `${countCol}${row}`)).toBe(1);
      expect(loaded.value("KPI一覧", `${commentCountColumnLetter(kpi, "未対応意見")}${row}`)).toBe(1);
    } finally {
      loaded.destroy();
    }
  });
});

describe("keepExistingCommentSheets", () => {
  const plan = addCommentsToPlan(withoutComments(buildWorkbookPlan(mixed, { builtAt })));
  it("drops only the comment sheets that already exist, so a replace keeps the record", () => {
    const names = (p: WorkbookPlan) => withoutEvaluation(p.sheets.map((s) => s.name));
    expect(names(keepExistingCommentSheets(plan, ["KPI一覧", "委員意見", "会議"]))).toEqual([
      "KPI一覧",
      "設定",
      "概要",
      "確認事項", // the staff sheet of 要確認 (issue #13)
      "委員名簿",
    ]);
    expect(keepExistingCommentSheets(plan, ["KPI一覧", "設定"])).toBe(plan);
  });
});

describe("the committee's sheets print and look as members read them (issue #13)", () => {
  const sheets = buildCommentSheets();
  it.each(["委員名簿", "会議", "委員意見"])(
    "「%s」 prints landscape, one page wide, the header on every page",
    (name) => {
      expect(sheets.find((s) => s.name === name)?.pageSetup).toEqual({
        orientation: "landscape",
        paperSize: "A4",
        printTitleRows: "$1:$1",
        fitToWidth: true,
      });
    },
  );

  it("wraps 内容 and 市の回答・対応, shows 回 as 第N回 and 記録日時 as a date-time", () => {
    const comments = sheets.find((s) => s.name === "委員意見")!;
    const headers = comments.rows[0]!.map((c) => c?.value);
    const body = (header: string) => comments.rows[1]![headers.indexOf(header)];
    expect(body("内容")?.style).toBe("longInput");
    expect(body("市の回答・対応")?.style).toBe("longInput");
    expect(body("会議")?.numberFormat).toBe('"第"0"回"');
    expect(body("記録日時")?.numberFormat).toBe("yyyy/mm/dd hh:mm");
    expect(body("発言者")).toMatchObject({ style: "input", numberFormat: "@" });
  });
});

describe("「会議」's 事務局 column (optional, after 公開区分)", () => {
  const meeting = { ...MEETINGS[0]!, secretariat: "企画部企画調整課" };
  const [, meetings] = buildCommentSheets({ members: MEMBERS, meetings: [meeting] });
  const headers = meetings!.rows[0]!.map((c) => c?.value);
  const at = headers.indexOf("事務局");

  it("is written from the record, as text that wraps like 市側出席者, as wide as 市側出席者", () => {
    expect(meetings!.rows[1]![at]).toEqual({ value: "企画部企画調整課", numberFormat: "@", style: "longInput" });
    const widths = meetings!.columns.map((c) => c.width);
    expect(widths[at]).toBe(widths[headers.indexOf("市側出席者")]);
  });

  it("is left empty (null, not 「」) for a meeting without one", () => {
    const [, plain] = buildCommentSheets({ members: MEMBERS, meetings: [{ ...meeting, secretariat: "" }] });
    expect(plain!.rows[1]![at]?.value).toBeNull();
  });
});

describe("rows of the committee's sheets are as tall as their wrapped text", () => {
  it("plans a record's row tall enough for its 議題 lines; a one-line row keeps the default", () => {
    const [, meetings] = buildCommentSheets({
      members: MEMBERS,
      meetings: [
        { ...MEETINGS[0]!, agenda: ["一", "二", "三"] },
        { ...MEETINGS[1]!, agenda: ["一"], handouts: [], attendees: [], absentees: [], cityAttendees: "" },
      ],
    });
    expect(meetings?.rowHeights).toEqual([{ row: 2, height: 3 * 18 + 3 }]);
    expect(commentRowHeight(["内容"], ["短い"])).toBeNull();
  });
});
