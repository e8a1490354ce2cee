/** @jest-environment jsdom */
/**
 * One workbook-state source for all panels: after 「ワークブックを作成」 in its panel, the 委員意見 panel (opened before,
 * so mounted all along, showing "no comment sheets") reads the new workbook and follows the selection, without a
 * reload click.
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PaneRoot } from "../../../src/taskpane/components/pane-root/PaneRoot";
import type { ExcelHost } from "../../../src/taskpane/host/excel-host";
import { CommentsPanel } from "../../../src/taskpane/panels/comments/CommentsPanel";
import { CreateWorkbook } from "../../../src/taskpane/panels/create-workbook/CreateWorkbook";
import type { PanelDefinition } from "../../../src/taskpane/panels/panel.types";
import { Refresh } from "../../../src/taskpane/panels/refresh/Refresh";
import { Minutes } from "../../../src/taskpane/panels/minutes/Minutes";
import { createFakeExcel } from "../../support/fake-excel";

// Two builds of the bundled dataset and a calculated read in the fake: explicit time, not an idle machine's.
jest.setTimeout(60_000);

const memory = () => {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
};

it("the comments panel follows a workbook created in the create panel", async () => {
  const fx = createFakeExcel();
  const host: ExcelHost = { kind: "fake", run: (batch) => batch(fx.context), isSetSupported: () => true };
  const storage = memory();
  const panels: PanelDefinition[] = [
    {
      id: "workbook",
      titleKey: "workbook.title",
      Component: () => <CreateWorkbook now={() => new Date("2026-11-24T00:00:00Z")} retryDelayMs={0} />,
    },
    { id: "comments", titleKey: "comments.title", Component: () => <CommentsPanel storage={storage} /> },
  ];
  render(<PaneRoot host={host} lang="ja" panels={panels} />);
  const comments = document.getElementById("panel-comments") as HTMLElement;
  // Before the build: no comment sheets, so the set-up button (a panel is rendered once its tab was opened).
  await userEvent.click(screen.getByRole("tab", { name: "委員意見" }));
  await within(comments).findByRole("button", { name: "委員意見のシートを追加" });

  await userEvent.click(screen.getByRole("tab", { name: "ワークブックの作成" }));
  await userEvent.click(screen.getByRole("button", { name: "ワークブックを作成" }));
  await screen.findByText("ワークブックを作成しました", {}, { timeout: 20_000 });
  await userEvent.click(screen.getByRole("tab", { name: "委員意見" }));

  await within(comments).findByText("戦略全体", {}, { timeout: 20_000 });
  expect(within(comments).queryByRole("button", { name: "委員意見のシートを追加" })).toBeNull();
  await waitFor(() => expect(fx.fake.state.selectionHandlers.filter((h) => h.sheet === "KPI一覧")).toHaveLength(1));
  await act(async () => {
    await fx.fake.state.select("KPI一覧", "B5");
  });
  await within(comments).findByText(/^1-1-K1-1 /);
});

it("a refresh preview of the workbook as it was is dropped when the workbook is replaced in the create panel", async () => {
  const fx = createFakeExcel();
  const host: ExcelHost = { kind: "fake", run: (batch) => batch(fx.context), isSetSupported: () => true };
  const NOW = new Date("2026-11-24T00:00:00Z");
  const panels: PanelDefinition[] = [
    {
      id: "workbook",
      titleKey: "workbook.title",
      Component: () => <CreateWorkbook now={() => NOW} retryDelayMs={0} />,
    },
    { id: "refresh", titleKey: "refresh.title", Component: () => <Refresh now={() => NOW} who={() => "事務局"} /> },
  ];
  render(<PaneRoot host={host} lang="ja" panels={panels} />);
  await userEvent.click(screen.getByRole("button", { name: "ワークブックを作成" }));
  await screen.findByText("ワークブックを作成しました", {}, { timeout: 20_000 });

  await userEvent.click(screen.getByRole("tab", { name: "データを更新" }));
  await userEvent.click(screen.getByRole("button", { name: "変更を確認" }));
  // The fake calculates the workbook on the first read of a formula cell: seconds for the bundled dataset. The
  // workbook was just built from the bundled dataset, so the preview says there is nothing to change.
  await screen.findByText("ブックは最新です", {}, { timeout: 20_000 });

  await userEvent.click(screen.getByRole("tab", { name: "ワークブックの作成" }));
  await userEvent.click(screen.getByRole("button", { name: "ワークブックを作成" }));
  await userEvent.click(await screen.findByRole("button", { name: "置き換える" }));
  await screen.findByText("ワークブックを作成しました", {}, { timeout: 20_000 });

  await userEvent.click(screen.getByRole("tab", { name: "データを更新" }));
  await waitFor(() => expect(screen.queryByText("ブックは最新です")).toBeNull());
  expect(screen.getByRole("button", { name: "変更を確認" })).toBeEnabled();
});

it("the minutes panel, once read, reads the workbook again after it was built in the create panel", async () => {
  const fx = createFakeExcel();
  const host: ExcelHost = { kind: "fake", run: (batch) => batch(fx.context), isSetSupported: () => true };
  const panels: PanelDefinition[] = [
    {
      id: "workbook",
      titleKey: "workbook.title",
      Component: () => <CreateWorkbook now={() => new Date("2026-11-24T00:00:00Z")} retryDelayMs={0} />,
    },
    { id: "minutes", titleKey: "minutes.title", Component: () => <Minutes /> },
  ];
  render(<PaneRoot host={host} lang="ja" panels={panels} />);
  await userEvent.click(screen.getByRole("tab", { name: "会議録" }));
  await userEvent.click(screen.getByRole("button", { name: "会議を読み込む" }));
  const minutes = document.getElementById("panel-minutes") as HTMLElement;
  // Read before the build: none of the committee's tables.
  await within(minutes).findByText(/テーブル「委員名簿」が見つかりません/);

  await userEvent.click(screen.getByRole("tab", { name: "ワークブックの作成" }));
  await userEvent.click(screen.getByRole("button", { name: "ワークブックを作成" }));
  await screen.findByText("ワークブックを作成しました", {}, { timeout: 20_000 });
  // Read again without a click: the tables are there now (and no meeting yet).
  await waitFor(() => expect(within(minutes).queryByText(/テーブル「委員名簿」が見つかりません/)).toBeNull(), {
    timeout: 20_000,
  });
  expect(within(minutes).getByText(/「会議」シートに会議がありません/)).toBeInTheDocument();
});
