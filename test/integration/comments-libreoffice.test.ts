/**
 * Hostile comments through the CLI core into an .xlsx, recalculated by LibreOffice: every text shows exactly as
 * typed (never evaluated), and 「KPI一覧」's 意見数/未対応意見 equal the twin's counts (hand-derived below).
 * Needs `soffice`; skipped with a clear reason only when it is missing.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyCommentEdit, buildComment, type CommentRecord } from "../../src/domain/comments";
import { KPI_ROWS } from "../../src/workbook/kpi-columns";
import { appendComment, editComment, readCommentBook } from "../../src/adapters/xlsx/comments-store";
import { prepareLoadedWorkbookForWrite } from "../../src/adapters/xlsx/prepare-loaded";
import { findSoffice, parseCsv, recalculateToCsv, scratchProfile } from "../support/libreoffice";
import { comment, MEETINGS, MEMBERS, seededIds } from "../fixtures/comments/records";
import { commentsXlsx, HOSTILE_TEXTS, load, mixedDataset } from "../fixtures/comments/workbook";
import { COMMENT_SHEET_HEADERS } from "../support/comment-sheet-contract";
import { KPI_COLUMNS } from "../support/layout";

const soffice = findSoffice();
if (!soffice) console.warn("skipping LibreOffice comments integration: `soffice` not found on PATH");
const describeLo = soffice ? describe : describe.skip;
const OUT = join(__dirname, "..", "..", "test-output", "integration-comments");

describeLo("comments in LibreOffice", () => {
  let sheets: Map<string, string>;
  const added: CommentRecord[] = [];

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const wb = await load(await commentsXlsx({ members: MEMBERS, meetings: MEETINGS }));
    const context = { members: MEMBERS, meetings: MEETINGS, takenIds: new Set<string>() };
    const ids = seededIds("2025-11-20T05:30:05Z", 7);
    // Five hostile texts on 1-1-K1-1 (two of them then answered), one on 1-1-K1-2, one about the strategy.
    const targets = ["1-1-K1-1", "1-1-K1-1", "1-1-K1-1", "1-1-K1-1", "1-1-K1-1", "1-1-K1-2", "全体"];
    const texts = [...HOSTILE_TEXTS, '=HYPERLINK("http://example.com")', "- 箇条書き\n- 二つ目"];
    targets.forEach((target, i) => {
      const built = buildComment(
        { meeting: 2, target, speakerId: "M001", category: "意見", text: texts[i] as string, recordedBy: "企画調整課" },
        context,
        ids,
      );
      if (!built.ok) throw new Error(JSON.stringify(built.problems));
      context.takenIds.add(built.value.id);
      added.push(built.value);
      expect(appendComment(wb, built.value)).toEqual({ ok: true });
    });
    for (const [i, status] of [
      [0, "対応済"],
      [1, "対応中"],
    ] as const) {
      const edited = applyCommentEdit(added[i] as CommentRecord, { status, response: "回答\n二行目" });
      if (!edited.ok) throw new Error("edit");
      added[i] = edited.value;
      expect(editComment(wb, edited.value)).toEqual({ ok: true });
    }
    expect(readCommentBook(wb).comments.records.map((r) => r.record)).toEqual(added);
    const file = join(OUT, "comments.xlsx");
    writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    sheets = recalculateToCsv(file, join(OUT, "csv"), ["KPI一覧", "委員意見"]);
  }, 240_000);

  it("shows every comment's text exactly as typed, line breaks included", () => {
    const rows = parseCsv(sheets.get("委員意見") ?? "");
    expect(rows[0]?.slice(0, COMMENT_SHEET_HEADERS.length)).toEqual(COMMENT_SHEET_HEADERS);
    const body = rows.slice(1).filter((r) => r[0] !== "");
    expect(body.map((r) => r[6])).toEqual(added.map((c) => c.text));
    // The CSV export writes raw values (not "as shown"), so 第2回 is its number 2.
    expect(body.map((r) => r[1])).toEqual(added.map(() => "2"));
    expect(body.map((r) => r[7])).toEqual(added.map((c) => c.response));
  });

  it("counts comments and open comments per indicator in KPI一覧", () => {
    const rows = parseCsv(sheets.get("KPI一覧") ?? "");
    const header = rows[KPI_ROWS.header - 1] ?? [];
    const count = header.indexOf("意見数");
    const open = header.indexOf("未対応意見");
    expect([count, open]).toEqual([KPI_COLUMNS.length, KPI_COLUMNS.length + 1]);
    const ids = mixedDataset().indicators.map((i) => i.id);
    const got = Object.fromEntries(
      ids.map((id) => {
        const row = rows.find((r) => r[0] === id) ?? [];
        return [id, [row[count], row[open]]];
      }),
    );
    // 1-1-K1-1: five comments, one 対応済 and one 対応中 → four open; 1-1-K1-2: one open; the rest none.
    const expected = Object.fromEntries(ids.map((id) => [id, ["0", "0"]]));
    expected["1-1-K1-1"] = ["5", "4"];
    expected["1-1-K1-2"] = ["1", "1"];
    expect(got).toEqual(expected);
  });
});

describeLo("a workbook saved by LibreOffice", () => {
  it("takes a comment through the CLI core and reads back (LibreOffice drops table styles)", async () => {
    const dir = join(OUT, "lo-saved");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "book.xlsx"), await commentsXlsx({ members: MEMBERS, meetings: MEETINGS }));
    execFileSync(
      soffice as string,
      [
        `-env:UserInstallation=file://${scratchProfile()}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        join(dir, "lo"),
        join(dir, "book.xlsx"),
      ],
      { stdio: "pipe", timeout: 180_000 },
    );
    const wb = await load(readFileSync(join(dir, "lo", "book.xlsx")));
    const c = comment({ id: "C-20251120-140000-LOSAVE", text: "=1+1\n二行目" });
    expect(appendComment(wb, c)).toEqual({ ok: true });
    prepareLoadedWorkbookForWrite(wb);
    const again = await load(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(readCommentBook(again).comments.records.map((r) => r.record)).toEqual([c]);
    expect(readCommentBook(again).members.records.map((r) => r.record)).toEqual(MEMBERS);
  }, 240_000);
});
