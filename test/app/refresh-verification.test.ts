/**
 * The refresh merges the dataset's verification notes into the staff sheet 「確認事項」 (issue #13), through both
 * backends: the Office.js refresh port on the recording fake and the xlsx port on a real exceljs workbook. Staff's
 * typing (状態, 確認者, 確認日, メモ) survives; a note of a new dataset version is appended as 未確認; a note the dataset
 * dropped keeps its row, marked; a changed note gets its 読み取り / 理由 rewritten, its 状態 kept. 「KPI一覧」's 要確認
 * is a formula for the noted indicators only, and the refresh lists no definition change for a mark staff emptied.
 */
import type { Dataset } from "../../src/domain/dataset/schema";
import type { VerificationItem } from "../../src/domain/dataset/verification";
import { applyRefresh, previewRefresh } from "../../src/app/refresh";
import { readVerification } from "../../src/app/verification";
import { VERIFICATION_CONTRACT, VERIFICATION_SHEET } from "../../src/workbook/verification-columns";
import { RECORD_HEADER_ROW } from "../../src/workbook/evaluation-columns";

const RECORD_FIRST_ROW = RECORD_HEADER_ROW + 1;
import { getCell } from "../support/fake-excel/state";
import { fakeRowLooks, xlsxRowLooks } from "../support/cell-looks";
import { AT, bundled } from "../fixtures/adapters/office-built";
import { officeRefreshBook, xlsxRefreshBook, type RefreshBook } from "../support/refresh-books";
import { buildVerificationSheet } from "../../src/plan/verification-sheet";
import { verificationsOfDataset } from "../../src/domain/dataset/verification";

const HISTORY = { at: AT, who: "u", source: "next.json" };
const noted = bundled.indicators.filter((i) => i.verification);
const [P, Q, R] = noted.map((i) => i.id) as [string, string, string];
const plain = bundled.indicators.find((i) => !i.verification)!;

/** Version 1.1.0: P's note dropped, Q's reworded, a new note on an indicator that had none. */
const next: Dataset = {
  ...structuredClone(bundled),
  datasetVersion: "1.1.0",
  indicators: bundled.indicators.map((i) => {
    if (i.id === P) return { ...i, verification: null };
    if (i.id === Q) return { ...i, verification: { reading: "新しい読み取り", reason: "新しい理由" } };
    if (i.id === plain.id) return { ...i, verification: { reading: "追加の読み取り", reason: "追加の理由" } };
    return i;
  }),
};

interface Side extends RefreshBook {
  /** 「KPI一覧」's 要確認 cell of an indicator: its formula (or value). */
  readonly markOf: (id: string) => string | number | boolean | null;
  /** A 「確認事項」 row's height in points (undefined: the sheet's default). */
  readonly heightOf: (row: number) => number | undefined;
  /** What a person sees of each cell of a 「確認事項」 row (one comparable value per backend). */
  readonly looksOf: (row: number) => Promise<unknown[]>;
}

const kpiColumn = (headers: readonly unknown[], header: string): number => headers.indexOf(header);

const VERIFICATION_WIDTH = VERIFICATION_CONTRACT.columns.length;

async function officeSide(): Promise<Side> {
  const book = await officeRefreshBook();
  const { state } = book;
  return {
    ...book,
    heightOf: (row) => state.sheet(VERIFICATION_SHEET).rowHeights?.get(row),
    looksOf: async (row) => fakeRowLooks(state, VERIFICATION_SHEET, row, VERIFICATION_WIDTH),
    markOf: (id) => {
      const sheet = state.sheet("KPI一覧");
      const at = (r: number, c: number) => getCell(sheet, r, c);
      const headers = Array.from({ length: 80 }, (_, c) => at(3, c + 1)?.value ?? null);
      const idCol = kpiColumn(headers, "ID") + 1;
      const markCol = kpiColumn(headers, "要確認") + 1;
      for (let r = 4; r < 200; r++) {
        if (at(r, idCol)?.value === id) {
          const cell = at(r, markCol);
          return cell?.formula ?? (cell?.value === "" ? null : (cell?.value ?? null));
        }
      }
      throw new Error(`no row ${id}`);
    },
  };
}

async function xlsxSide(): Promise<Side> {
  const book = await xlsxRefreshBook();
  const { wb } = book;
  return {
    ...book,
    heightOf: (row) => wb.getWorksheet(VERIFICATION_SHEET)!.getRow(row).height,
    looksOf: (row) => xlsxRowLooks(wb, VERIFICATION_SHEET, row, VERIFICATION_WIDTH),
    markOf: (id) => {
      const ws = wb.getWorksheet("KPI一覧")!;
      const headers = (ws.getRow(3).values as unknown[]).slice(1);
      const idCol = kpiColumn(headers, "ID") + 1;
      const markCol = kpiColumn(headers, "要確認") + 1;
      for (let r = 4; r <= ws.rowCount; r++) {
        if (ws.getCell(r, idCol).value === id) {
          const cell = ws.getCell(r, markCol);
          return cell.formula ? `=${cell.formula}` : (cell.value as string | null);
        }
      }
      throw new Error(`no row ${id}`);
    },
  };
}

async function itemsOf(side: Side): Promise<readonly VerificationItem[]> {
  const read = await readVerification(side.tables);
  if (read.kind === "missing") throw new Error("no 確認事項");
  expect(read.problems).toEqual([]);
  return read.items;
}

/** Staff check P and Q: 状態, 確認者, 確認日 (a date serial, as Excel stores a typed date), メモ. */
async function typeChecks(side: Side): Promise<void> {
  const check = (id: string, memo: string) => ({
    key: { indicatorId: id },
    cells: {
      state: { value: "確認済" },
      checkedBy: { value: "事務局 山田" },
      checkedOn: { value: 46350, numberFormat: "yyyy-mm-dd" },
      memo: { value: memo },
    },
  });
  expect(
    await side.tables.updateRecordRows(VERIFICATION_CONTRACT, [check(P, "原本p.12で確認"), check(Q, "表の列ずれ")]),
  ).toMatchObject({ ok: true });
}

describe.each([
  ["office", officeSide],
  ["xlsx", xlsxSide],
])("「確認事項」 through a refresh (%s)", (_name, make) => {
  it("is built with one 未確認 row per note, and 「KPI一覧」's 要確認 is a formula on the noted rows only", async () => {
    const side = await make();
    const items = await itemsOf(side);
    expect(items.map((i) => i.id)).toEqual(noted.map((i) => i.id));
    expect(items.every((i) => i.state === "要確認" && i.inDataset)).toBe(true);
    expect(items[0]).toEqual({
      id: P,
      name: noted[0]!.name,
      reading: noted[0]!.verification!.reading,
      reason: noted[0]!.verification!.reason,
      state: "要確認",
      inDataset: true,
    });
    expect(String(side.markOf(P))).toMatch(
      /^=IF\(COUNTIFS\('確認事項'!\$A:\$A,\$A\d+,'確認事項'!\$E:\$E,"確認済"\)>0,"","要確認"\)$/,
    );
    expect(side.markOf(plain.id)).toBeNull();
  });

  it("keeps what staff typed, appends new notes, rewrites changed ones and marks dropped ones", async () => {
    const side = await make();
    await typeChecks(side);
    const preview = await previewRefresh(side.refreshPort(), { dataset: next, date: AT.slice(0, 10) });
    if (!preview.ok) throw new Error("preview failed");
    expect(preview.verification.add.map((a) => a.id)).toEqual([plain.id]);
    expect(preview.verification.changed.map((c) => c.id)).toEqual([Q]);
    expect(preview.verification.gone.map((g) => g.id)).toEqual([P]);
    expect(preview.plan.notices.map((n) => n.code).filter((c) => c.startsWith("Verification"))).toEqual([
      "VerificationAdded",
      "VerificationChanged",
      "VerificationGone",
    ]);
    // Staff emptied nothing in 「KPI一覧」 by checking P and Q: no 要確認 definition change is listed for them.
    expect(
      preview.plan.changes
        .filter((c) => c.key === "verification")
        .map((c) => c.id)
        .sort(),
    ).toEqual([P, plain.id].sort());
    // The preview writes nothing.
    expect((await itemsOf(side)).length).toBe(noted.length);

    const applied = await applyRefresh(side.refreshPort(), { dataset: next, history: HISTORY });
    if (!applied.ok) throw new Error("refresh failed");
    const items = await itemsOf(side);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(items.map((i) => i.id)).toEqual([...noted.map((i) => i.id), plain.id]);
    expect(byId.get(P)).toEqual(
      expect.objectContaining({
        state: "確認済",
        checkedBy: "事務局 山田",
        checkedOn: "2026-11-24",
        memo: "原本p.12で確認",
        inDataset: false,
        reading: noted[0]!.verification!.reading,
      }),
    );
    expect(byId.get(Q)).toEqual(
      expect.objectContaining({
        state: "確認済",
        checkedBy: "事務局 山田",
        memo: "表の列ずれ",
        inDataset: true,
        reading: "新しい読み取り",
        reason: "新しい理由",
      }),
    );
    expect(byId.get(R)).toEqual(expect.objectContaining({ state: "要確認", inDataset: true }));
    expect(byId.get(plain.id)).toEqual(
      expect.objectContaining({ state: "要確認", reading: "追加の読み取り", reason: "追加の理由", inDataset: true }),
    );
    // 「KPI一覧」: P lost its mark (the dataset dropped the note), the newly noted indicator got the formula.
    expect(side.markOf(P)).toBeNull();
    expect(String(side.markOf(plain.id))).toMatch(/^=IF\(COUNTIFS/);

    // A second refresh with the same dataset changes nothing.
    const again = await applyRefresh(side.refreshPort(), { dataset: next, history: HISTORY });
    if (!again.ok) throw new Error("second refresh failed");
    expect(again.verification).toEqual({ add: [], changed: [], gone: [] });
    expect(again.plan.changes.filter((c) => c.key === "verification")).toEqual([]);
    expect(await itemsOf(side)).toEqual(items);
  });

  it("gives the rows it appends and rewrites the height and look a new workbook's rows have", async () => {
    // Long enough to wrap in 理由 (60 digits wide) and 読み取り (36): several lines each.
    const long = (what: string) => `${what}：` + "第2期総合戦略の原本PDFの表と本文で数値の単位が異なるため、".repeat(3);
    const wordy: Dataset = {
      ...next,
      indicators: next.indicators.map((i) =>
        i.id === Q || i.id === plain.id
          ? { ...i, verification: { reading: long("読み取り"), reason: long("理由") } }
          : i,
      ),
    };
    const side = await make();
    const before = await side.tables.readRecordTable(VERIFICATION_CONTRACT);
    if (before.kind !== "table") throw new Error("no 確認事項");
    const planned = await side.looksOf(before.firstRow);
    const applied = await applyRefresh(side.refreshPort(), { dataset: wordy, history: HISTORY });
    if (!applied.ok) throw new Error("refresh failed");
    const after = await side.tables.readRecordTable(VERIFICATION_CONTRACT);
    if (after.kind !== "table") throw new Error("no 確認事項");
    // What a workbook built from this dataset gives each note's row: the heights the refresh must give too.
    const notes = verificationsOfDataset(wordy);
    const built = buildVerificationSheet(notes);
    const plannedHeight = (id: string): number | undefined =>
      built.rowHeights?.find((h) => h.row === RECORD_FIRST_ROW + notes.findIndex((n) => n.id === id))?.height;
    const rowOf = (id: string): number => after.firstRow + after.rows.findIndex((r) => r[0] === id);
    for (const id of [plain.id, Q]) {
      expect(plannedHeight(id)).toBeGreaterThan(40);
      expect({ id, height: side.heightOf(rowOf(id)) }).toEqual({ id, height: plannedHeight(id) });
    }
    // The appended row looks like the plan's first row, column by column.
    const appended = await side.looksOf(rowOf(plain.id));
    VERIFICATION_CONTRACT.columns.forEach((c, i) =>
      expect({ column: c.header, look: appended[i] }).toEqual({ column: c.header, look: planned[i] }),
    );
  });

  it("adds a missing 「確認事項」 with the dataset's notes", async () => {
    const side = await make();
    side.dropSheet(VERIFICATION_SHEET);
    const applied = await applyRefresh(side.refreshPort(), { dataset: next, history: HISTORY });
    if (!applied.ok) throw new Error("refresh failed");
    expect(applied.plan.notices.map((n) => n.code)).toContain("EvaluationSheetsAdded");
    const items = await itemsOf(side);
    expect(items.map((i) => i.id)).toEqual(next.indicators.filter((i) => i.verification).map((i) => i.id));
    expect(items.every((i) => i.state === "要確認")).toBe(true);
  });
});
