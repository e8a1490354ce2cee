/**
 * What the refresh adds to a committee table made before its contract grew (refresh/record-columns.ts), decided on
 * header rows alone: the missing optional columns in the contract's order, each with the plan's looks; nothing for a
 * table that has them all (headers matched as the readers match them, spacing around ignored) or lacks a required one.
 */
import "../../src/i18n/sections/all";
import { addedColumnValidation, missingRecordColumns, recordColumnsNotices } from "../../src/refresh/record-columns";
import { MEETING_DISCLOSURES } from "../../src/domain/comments";
import {
  COMMENTS_CONTRACT,
  MEETING_COLUMNS,
  MEETINGS_CONTRACT,
  MEMBERS_CONTRACT,
} from "../../src/workbook/comment-columns";
import { noticeText } from "../../src/workbook/refresh-notice";

const headers = MEETING_COLUMNS.map((c) => c.header);
const older = headers.slice(0, -3);

describe("missingRecordColumns", () => {
  it("gives an older 会議 its three columns, in the contract's order, with the plan's looks", () => {
    const addition = missingRecordColumns(MEETINGS_CONTRACT, [...older, "備考"]);
    expect(addition).toEqual({
      sheet: "会議",
      table: "会議",
      columns: [
        { header: "傍聴者", headerStyle: "header", width: 10, numberFormat: "@", style: "input", list: undefined },
        {
          header: "公開区分",
          headerStyle: "header",
          width: 10,
          numberFormat: "@",
          style: "input",
          list: { values: MEETING_DISCLOSURES, prompt: "公開・非公開・一部非公開から選択" },
        },
        // wrapped like 市側出席者 (WRAPPED_HEADERS)
        { header: "事務局", headerStyle: "header", width: 20, numberFormat: "@", style: "longInput", list: undefined },
      ],
    });
  });

  it("adds only what is missing: a table with 傍聴者 already gets 公開区分 and 事務局", () => {
    const addition = missingRecordColumns(MEETINGS_CONTRACT, [...older, "傍聴者"]);
    expect(addition?.columns.map((c) => c.header)).toEqual(["公開区分", "事務局"]);
  });

  it("gives nothing to a table with every column, however spaced, nor to one lacking a required column", () => {
    expect(
      missingRecordColumns(
        MEETINGS_CONTRACT,
        headers.map((h) => ` ${h} `),
      ),
    ).toBeNull();
    expect(
      missingRecordColumns(
        MEETINGS_CONTRACT,
        older.filter((h) => h !== "開催日"),
      ),
    ).toBeNull();
    expect(
      missingRecordColumns(
        MEMBERS_CONTRACT,
        MEMBERS_CONTRACT.columns.map((c) => c.header),
      ),
    ).toBeNull();
    expect(
      missingRecordColumns(
        COMMENTS_CONTRACT,
        COMMENTS_CONTRACT.columns.map((c) => c.header),
      ),
    ).toBeNull();
  });
});

describe("addedColumnValidation", () => {
  it("offers 公開区分's list on as many rows as a built workbook, or to the table's end", () => {
    const disclosure = missingRecordColumns(MEETINGS_CONTRACT, older)!.columns[1]!;
    expect(addedColumnValidation(disclosure, "L", 1, 3)).toMatchObject({ kind: "list", range: "L2:L2001" });
    expect(addedColumnValidation(disclosure, "M", 1, 2500)).toMatchObject({ range: "M2:M2500" });
    const observers = missingRecordColumns(MEETINGS_CONTRACT, older)!.columns[0]!;
    expect(addedColumnValidation(observers, "K", 1, 3)).toBeNull();
  });
});

describe("recordColumnsNotices", () => {
  it("tells one notice per table, naming the columns in each language; a blocked table its own", () => {
    const addition = missingRecordColumns(MEETINGS_CONTRACT, older)!;
    const [added] = recordColumnsNotices([addition]);
    expect(noticeText("ja", added!)).toBe(
      "表「会議」に新しい列（傍聴者、公開区分、事務局）を末尾に追加します。入力済みの行では空欄です。",
    );
    expect(noticeText("en", added!)).toBe(
      'Table "会議" gets the new column(s) 傍聴者, 公開区分, 事務局 at its end, empty on the rows already there.',
    );
    expect(recordColumnsNotices([], [addition]).map((n) => n.code)).toEqual(["RecordColumnsNoRoom"]);
    expect(recordColumnsNotices([])).toEqual([]);
  });
});
