/**
 * An older workbook's 「会議」 brought up to its contract by a refresh (app/refresh-record-columns.ts) opens in
 * LibreOffice with the table intact: saved again by LibreOffice, the file still has table 会議 with every header of
 * the contract and the meetings typed before, and a meeting with a 事務局 then saves into it. Needs `soffice`;
 * skipped with a reason only when it is missing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbookXlsx } from "../../../src/adapters/xlsx";
import { xlsxCommentsPort } from "../../../src/adapters/xlsx/comments-port";
import { findTable, rowScalars } from "../../../src/adapters/xlsx/exceljs-internals";
import { listComments, saveMeeting } from "../../../src/app/comments";
import { refreshXlsx } from "../../../src/app/refresh-xlsx";
import { MEETING_COLUMNS } from "../../../src/workbook/comment-columns";
import { MEETING_1, MEETINGS } from "../../fixtures/comments/records";
import { load, mixedDataset } from "../../fixtures/comments/workbook";
import { convertDocument, findSoffice } from "../../support/libreoffice";
import { olderMeetingsPlan } from "../../support/older-meetings";

const soffice = findSoffice();
if (!soffice) console.warn("skipping the 「会議」 columns LibreOffice test: `soffice` not found on PATH");
const describeLo = soffice ? describe : describe.skip;

describeLo("a refreshed older 「会議」 in LibreOffice", () => {
  it("keeps table 会議 with every contract header and the typed meetings; a meeting with a 事務局 saves", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-meeting-columns-"));
    const refreshed = await refreshXlsx({
      xlsx: await writeWorkbookXlsx(olderMeetingsPlan()),
      dataset: mixedDataset(),
      history: { at: "2026-11-24T01:00:00.000Z", who: "u", source: "next.json" },
    });
    if (!refreshed.ok) throw new Error(JSON.stringify(refreshed.problems));
    const file = join(dir, "refreshed.xlsx");
    writeFileSync(file, refreshed.bytes);
    const saved = convertDocument(file, join(dir, "lo"), "xlsx", "xlsx");

    const wb = await load(readFileSync(saved));
    const t = findTable(wb, "会議");
    if (!t) throw new Error("LibreOffice's file has no table 会議");
    expect(rowScalars(t.ws, t.range.top, t.range.left, t.range.right)).toEqual(MEETING_COLUMNS.map((c) => c.header));
    const port = xlsxCommentsPort(wb);
    const listed = await listComments(port);
    if (listed.kind !== "ready") throw new Error("no committee tables");
    const none = { observers: "", disclosure: "", secretariat: "" };
    expect(listed.records.meetings).toEqual(MEETINGS.map((m) => ({ ...m, ...none })));
    const meeting = { ...MEETING_1, number: 3, date: "2026-02-05", secretariat: "企画部企画調整課" };
    expect(await saveMeeting(port, listed.records, meeting, true)).toEqual({ ok: true, value: meeting });
  }, 240_000);
});
