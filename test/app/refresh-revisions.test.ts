/**
 * The refresh merges the dataset's target revisions into 「指標見直し」 (issue #12), through both backends: the
 * Office.js refresh port on the recording fake and the xlsx port on a real exceljs workbook. A revision the ledger
 * lacks is appended (its 適用中 formula with it); a row people typed is never changed, and one with the same
 * (ID, 適用開始年度) but another target is reported; a revision from a closed year or before is reported, not written.
 * The preview lists the same and writes nothing; a missing ledger is rebuilt with the dataset's revisions.
 */
import type { Dataset } from "../../src/domain/dataset/schema";
import type { TargetRevision } from "../../src/domain/evaluation/types";
import { revisionRecordCells } from "../../src/plan/revisions-sheet";
import { applyRefresh, previewRefresh, type RefreshOutcome } from "../../src/app/refresh";
import { CLOSED_CONTRACT, REVISIONS_CONTRACT, REVISIONS_SHEET } from "../../src/workbook/evaluation-columns";
import { readRevisions } from "../../src/workbook/revision-rows";
import { AT, bundled } from "../fixtures/adapters/office-built";
import { officeRefreshBook, xlsxRefreshBook, type RefreshBook } from "../support/refresh-books";
import { closed2024, closedCells, typedRevision } from "../support/revision-records";

const HISTORY = { at: AT, who: "u", source: "revised.json" };
const [A, B, C] = bundled.indicators.map((i) => i.id) as [string, string, string];

/** The ledger rows people typed: A from 2026 as the dataset has it, B from 2026 with another target. */
const TYPED = [typedRevision(A, 2026, 40), typedRevision(B, 2026, 99)];

/** 2024 closed for A. */
const CLOSED = closed2024(A, bundled.datasetVersion);

/** The dataset one version on, with revisions: A 2026 (in the ledger), B 2026 (differs), C 2026 and A 2027 (new), C 2024 (closed). */
const revised: Dataset = {
  ...structuredClone(bundled),
  datasetVersion: `${bundled.datasetVersion}-r`,
  revisions: [
    { indicatorId: A, target: 40, fromYear: 2026, reason: "中間見直し" },
    { indicatorId: B, target: 50, fromYear: 2026, reason: "中間見直し" },
    { indicatorId: C, target: 60, targetYear: 2027, fromYear: 2026, reason: "中間見直し", meeting: 3 },
    { indicatorId: C, target: 70, fromYear: 2024, reason: "遡って見直し" },
    { indicatorId: A, target: 45, fromYear: 2027, reason: "再見直し", date: "2026-10-01" },
  ],
};

type Side = RefreshBook;

async function typeRecords(side: Side, ledger = true): Promise<void> {
  if (ledger) {
    expect(await side.tables.appendRecordRows(REVISIONS_CONTRACT, TYPED.map(revisionRecordCells))).toMatchObject({
      ok: true,
    });
  }
  expect(await side.tables.appendRecordRows(CLOSED_CONTRACT, [closedCells(CLOSED)])).toMatchObject({
    ok: true,
  });
}

async function ledgerOf(side: Side): Promise<TargetRevision[]> {
  const table = await side.tables.readRecordTable(REVISIONS_CONTRACT);
  if (table.kind === "missing") throw new Error("no ledger");
  const read = readRevisions(table);
  expect(read.problems).toEqual([]);
  return read.records.map((r) => r.record);
}

/** What the dataset's revisions A 2027 and C 2026 become in the ledger. */
const added = (dataset: Dataset): TargetRevision[] => {
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  const c = byId.get(C)!;
  const a = byId.get(A)!;
  return [
    expect.objectContaining({
      indicatorId: C,
      originalTarget: c.target.value,
      revisedTarget: 60,
      revisedTargetYear: 2027,
      fromYear: 2026,
      reason: "中間見直し",
      meeting: 3,
      recordedAt: revised.datasetDate,
    }),
    expect.objectContaining({
      indicatorId: A,
      originalTarget: a.target.value,
      revisedTarget: 45,
      revisedTargetYear: null,
      fromYear: 2027,
      reason: "再見直し",
      recordedAt: "2026-10-01",
    }),
  ];
};

const codes = (outcome: RefreshOutcome): string[] =>
  outcome.ok ? outcome.plan.notices.map((n) => n.code).filter((c) => c.startsWith("Revision")) : [];

describe.each([
  ["office", officeRefreshBook],
  ["xlsx", xlsxRefreshBook],
])("the refresh merges the dataset's revisions into 「指標見直し」 (%s)", (_name, make) => {
  it("lists in the preview what it would add, differs and refuses, and writes nothing", async () => {
    const side = await make();
    await typeRecords(side);
    const preview = await previewRefresh(side.refreshPort(), { dataset: revised, date: AT.slice(0, 10) });
    if (!preview.ok) throw new Error("preview failed");
    expect(preview.revisions.add.map((r) => [r.indicatorId, r.fromYear])).toEqual([
      [C, 2026],
      [A, 2027],
    ]);
    expect(
      preview.revisions.differing.map((d) => [
        d.ledger.indicatorId,
        d.ledger.revisedTarget,
        d.dataset.revisedTarget,
        d.row,
      ]),
    ).toEqual([[B, 99, 50, 3]]);
    expect(preview.revisions.closed.map((c) => [c.revision.indicatorId, c.revision.fromYear, c.closed])).toEqual([
      [C, 2024, 2024],
    ]);
    expect(codes(preview)).toEqual(["RevisionAdded", "RevisionAdded", "RevisionDiffers", "RevisionFromClosedYear"]);
    expect(await ledgerOf(side)).toEqual(TYPED);
  });

  it("appends the new revisions after the typed rows and leaves those rows as typed", async () => {
    const side = await make();
    await typeRecords(side);
    const applied = await applyRefresh(side.refreshPort(), { dataset: revised, history: HISTORY });
    if (!applied.ok) throw new Error("refresh failed");
    expect(codes(applied)).toEqual(["RevisionAdded", "RevisionAdded", "RevisionDiffers", "RevisionFromClosedYear"]);
    expect(await ledgerOf(side)).toEqual([...TYPED, ...added(revised)]);
    // A second refresh with the same dataset adds nothing more.
    const again = await applyRefresh(side.refreshPort(), { dataset: revised, history: HISTORY });
    if (!again.ok) throw new Error("second refresh failed");
    expect(again.revisions.add).toEqual([]);
    expect(await ledgerOf(side)).toEqual([...TYPED, ...added(revised)]);
  });

  it("rebuilds a missing ledger with the dataset's revisions (not those from a closed year)", async () => {
    const side = await make();
    await typeRecords(side, false);
    side.dropSheet(REVISIONS_SHEET);
    const applied = await applyRefresh(side.refreshPort(), { dataset: revised, history: HISTORY });
    if (!applied.ok) throw new Error("refresh failed");
    const ledger = await ledgerOf(side);
    expect(ledger.map((r) => [r.indicatorId, r.fromYear, r.revisedTarget])).toEqual([
      [A, 2026, 40],
      [B, 2026, 50],
      [C, 2026, 60],
      [A, 2027, 45],
    ]);
    expect(codes(applied)).toEqual([
      "RevisionAdded",
      "RevisionAdded",
      "RevisionAdded",
      "RevisionAdded",
      "RevisionFromClosedYear",
    ]);
  });

  it("leaves the ledger alone for a dataset without revisions", async () => {
    const side = await make();
    await typeRecords(side);
    const applied = await applyRefresh(side.refreshPort(), { dataset: bundled, history: HISTORY });
    if (!applied.ok) throw new Error("refresh failed");
    expect(applied.revisions).toEqual({ add: [], differing: [], closed: [] });
    expect(await ledgerOf(side)).toEqual(TYPED);
  });
});
