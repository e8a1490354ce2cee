/** @jest-environment jsdom */
/**
 * 「ワークブックを作成」 over a workbook that already holds the committee's record: after 「置き換える」 the KPI sheets
 * are new, and 委員名簿/会議/委員意見 are the same sheets with the same rows (never rebuilt, never emptied).
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { applyWorkbookPlan } from "../../../../src/adapters/office";
import { readCommentBookOffice } from "../../../../src/adapters/office/comments-store";
import { PaneRoot } from "../../../../src/taskpane/components/pane-root/PaneRoot";
import type { ExcelHost } from "../../../../src/taskpane/host/excel-host";
import { CreateWorkbook } from "../../../../src/taskpane/panels/create-workbook/CreateWorkbook";
import { createFakeExcel } from "../../../support/fake-excel";
import { comment, MEETINGS, MEMBERS } from "../../../fixtures/comments/records";
import { commentsPlan } from "../../../fixtures/comments/workbook";

it("replacing the workbook keeps every member, meeting and comment", async () => {
  const fx = createFakeExcel();
  const records = [comment({ id: "C-keep-1", text: "=1+1" }), comment({ id: "C-keep-2", text: "残す" })];
  const applied = await applyWorkbookPlan(
    fx.context,
    commentsPlan({ members: MEMBERS, meetings: MEETINGS, comments: records }),
    {
      isSetSupported: () => true,
    },
  );
  expect(applied.ok).toBe(true);
  const host: ExcelHost = { kind: "fake", run: (batch) => batch(fx.context), isSetSupported: () => true };
  const Panel = () => <CreateWorkbook now={() => new Date("2026-11-24T00:00:00Z")} retryDelayMs={0} />;
  render(
    <PaneRoot host={host} lang="ja" panels={[{ id: "workbook", titleKey: "workbook.title", Component: Panel }]} />,
  );
  await userEvent.click(screen.getByRole("button", { name: "ワークブックを作成" }));
  await userEvent.click(await screen.findByRole("button", { name: "置き換える" }));
  await screen.findByText("ワークブックを作成しました");

  const book = await readCommentBookOffice(fx.context);
  expect(book.comments.records.map((r) => r.record)).toEqual(records);
  expect(book.members.records.map((r) => r.record)).toEqual(MEMBERS);
  expect(book.meetings.records.map((r) => r.record)).toEqual(MEETINGS);
  expect(fx.fake.state.sheets.filter((s) => s.name === "委員意見")).toHaveLength(1);
});
