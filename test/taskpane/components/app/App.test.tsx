/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import { lazy, type ComponentType } from "react";
import userEvent from "@testing-library/user-event";
import { Button } from "@fluentui/react-components";
import { PaneRoot } from "../../../../src/taskpane/components/pane-root/PaneRoot";
import { TAB_KEY } from "../../../../src/taskpane/components/app/tab-memory";
import type { ExcelHost } from "../../../../src/taskpane/host/excel-host";
import { useWorkbookState } from "../../../../src/taskpane/host/WorkbookState";
import { defaultPanels } from "../../../../src/taskpane/panels";
import type { PanelDefinition } from "../../../../src/taskpane/panels/panel.types";
import { encodeMetadata, type WorkbookMetadata } from "../../../../src/workbook/metadata";
import { createFakeExcel, type FakeExcel } from "../../../support/fake-excel";

const fakeHost: ExcelHost = {
  kind: "fake",
  run: () => Promise.reject(new Error("not used")),
  isSetSupported: () => true,
};

function Draft() {
  return <textarea aria-label="draft" />;
}
function Other() {
  return <p>other panel</p>;
}

const panels: PanelDefinition[] = [
  { id: "comments", titleKey: "comments.title", Component: Draft },
  { id: "minutes", titleKey: "minutes.title", Component: Other },
];

/** The pane's own panels, each standing in as a paragraph naming it (no chunk loaded, no workbook read). */
const stubbed: PanelDefinition[] = defaultPanels.map((p) => ({ ...p, Component: () => <p>{`stub ${p.id}`}</p> }));

const renderPane = (list: readonly PanelDefinition[] = panels, lang: "ja" | "en" = "ja") =>
  render(<PaneRoot host={fakeHost} lang={lang} panels={list} />);

/** The tabs of a list are these, in this order (by accessible name: Fluent also renders a hidden copy of a label). */
const expectTabs = (list: HTMLElement, names: readonly string[]) =>
  expect(within(list).getAllByRole("tab")).toEqual(names.map((name) => within(list).getByRole("tab", { name })));

describe("App tabs", () => {
  beforeEach(() => localStorage.clear());

  it("shows one panel at a time and switches by tab", async () => {
    renderPane();
    // by accessible name: Fluent's Tab also renders a hidden copy of its label to reserve the bold width
    expect(screen.getAllByRole("tab")).toEqual([
      screen.getByRole("tab", { name: "委員意見" }),
      screen.getByRole("tab", { name: "会議録" }),
    ]);
    expect(screen.getByRole("tabpanel")).toHaveAttribute("id", "panel-comments");
    // not rendered before its tab is opened (a lazy panel's chunk is fetched then), and kept once it was
    expect(screen.queryByText("other panel")).toBeNull();

    await userEvent.click(screen.getByRole("tab", { name: "会議録" }));
    expect(screen.getByText("other panel")).toBeVisible();
    expect(screen.getByRole("tab", { name: "会議録" })).toHaveAttribute("aria-selected", "true");
    await userEvent.click(screen.getByRole("tab", { name: "委員意見" }));
    expect(screen.getByText("other panel")).not.toBeVisible();
  });

  it("keeps what someone typed when they look at another tab and come back", async () => {
    renderPane();
    await userEvent.type(screen.getByLabelText("draft"), "第3回の意見");
    await userEvent.click(screen.getByRole("tab", { name: "会議録" }));
    await userEvent.click(screen.getByRole("tab", { name: "委員意見" }));
    expect(screen.getByLabelText("draft")).toHaveValue("第3回の意見");
  });

  it("reopens on the tab chosen last on this machine, and ignores a remembered tab that no longer exists", async () => {
    const first = renderPane();
    await userEvent.click(screen.getByRole("tab", { name: "会議録" }));
    first.unmount();
    const second = renderPane();
    expect(screen.getByRole("tabpanel")).toHaveAttribute("id", "panel-minutes");
    second.unmount();

    localStorage.setItem(TAB_KEY, "gone");
    const again = renderPane();
    expect(again.getByRole("tabpanel")).toHaveAttribute("id", "panel-comments");
  });

  it("opens on the first tab, and still switches, where the browser refuses storage", async () => {
    const get = jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    const set = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    try {
      renderPane();
      expect(screen.getByRole("tabpanel")).toHaveAttribute("id", "panel-comments");
      await userEvent.click(screen.getByRole("tab", { name: "会議録" }));
      expect(screen.getByText("other panel")).toBeVisible();
      expect(set).toHaveBeenCalled();
    } finally {
      get.mockRestore();
      set.mockRestore();
    }
  });

  it("shows a labelled spinner while a panel's code loads, then the panel", async () => {
    let loaded: (module: { default: ComponentType }) => void = () => undefined;
    const Slow = lazy(() => new Promise<{ default: ComponentType }>((resolve) => (loaded = resolve)));
    renderPane([{ id: "comments", titleKey: "comments.title", Component: Slow }, panels[1] as PanelDefinition]);
    expect(screen.getByRole("progressbar", { name: "読み込み中…" })).toBeVisible();
    await act(async () => loaded({ default: Draft }));
    expect(screen.getByLabelText("draft")).toBeVisible();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows no tabs for a single panel", () => {
    renderPane([panels[0] as PanelDefinition]);
    expect(screen.queryByRole("tablist")).toBeNull();
    expect(screen.getByLabelText("draft")).toBeVisible();
  });
});

describe("the pane's own tabs: member first, the secretariat's tools apart", () => {
  beforeEach(() => localStorage.clear());

  it("opens on 委員意見, with 評価 beside it and 事務局 last, and loads no other panel", () => {
    renderPane(stubbed);
    const [top] = screen.getAllByRole("tablist");
    expectTabs(top as HTMLElement, ["委員意見", "評価", "事務局"]);
    expect(screen.getByText("stub comments")).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "委員意見" })).toBeVisible();
    for (const other of ["workbook", "refresh", "minutes", "evaluation"]) {
      expect(screen.queryByText(`stub ${other}`)).toBeNull();
    }
  });

  it("holds ブック作成, データ更新 and 会議録 behind 事務局, each under its full title", async () => {
    renderPane(stubbed);
    await userEvent.click(screen.getByRole("tab", { name: "事務局" }));
    const staff = screen.getByRole("tablist", { name: "事務局の作業" });
    expectTabs(staff, ["ブック作成", "データ更新", "会議録"]);
    expect(screen.getByText("stub workbook")).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "ワークブックの作成" })).toBeVisible();
    expect(screen.queryByText("stub refresh")).toBeNull();

    await userEvent.click(within(staff).getByRole("tab", { name: "データ更新" }));
    expect(screen.getByRole("heading", { level: 2, name: "データを更新" })).toBeVisible();
    expect(screen.getByText("stub refresh")).toBeVisible();
    expect(screen.getByText("stub workbook")).not.toBeVisible();
    // back to the members' tab: the secretariat's tools are out of sight
    await userEvent.click(screen.getByRole("tab", { name: "委員意見" }));
    expect(screen.getByText("stub refresh")).not.toBeVisible();
    expect(screen.queryByRole("tablist", { name: "事務局の作業" })).toBeNull();
  });

  it("remembers both the tab and the tool within 事務局", async () => {
    const first = renderPane(stubbed);
    await userEvent.click(screen.getByRole("tab", { name: "事務局" }));
    await userEvent.click(screen.getByRole("tab", { name: "会議録" }));
    first.unmount();

    renderPane(stubbed);
    expect(screen.getByRole("tab", { name: "事務局" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tab", { name: "会議録" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText("stub minutes")).toBeVisible();
    expect(screen.queryByText("stub comments")).toBeNull();
  });

  it("labels the tabs briefly in English", async () => {
    renderPane(stubbed, "en");
    const [top] = screen.getAllByRole("tablist");
    expectTabs(top as HTMLElement, ["Comments", "Evaluation", "Secretariat"]);
    expect(screen.getByRole("heading", { level: 2, name: "Committee comments" })).toBeVisible();
    await userEvent.click(screen.getByRole("tab", { name: "Secretariat" }));
    expectTabs(screen.getByRole("tablist", { name: "Secretariat tools" }), ["Create", "Refresh", "Minutes"]);
  });
});

describe("the header's dataset version", () => {
  const BUNDLED = { version: "1.0.0", date: "2026-11-24" };
  const metadata = (datasetVersion: string, datasetDate: string): WorkbookMetadata => ({
    planVersion: "1.2.0",
    datasetVersion,
    datasetDate,
    builtAt: "2026-11-24T00:00:00.000Z",
  });
  const hostOf = (fx: FakeExcel): ExcelHost => ({
    kind: "fake",
    run: (batch) => batch(fx.context),
    isSetSupported: () => true,
  });

  /** A panel that records a refresh to 1.1.0 in the workbook's metadata and says the workbook changed. */
  function RefreshStub({ record }: { readonly record: () => void }) {
    const { changed } = useWorkbookState();
    return (
      <Button
        onClick={() => {
          record();
          changed("refreshed");
        }}
      >
        refresh
      </Button>
    );
  }

  const recordRefresh = (fx: FakeExcel) => {
    fx.fake.state.properties.comments = encodeMetadata(metadata("1.1.0", "2026-11-28"));
  };

  it("reads the open workbook's version, and reads it again after a refresh from the pane", async () => {
    const fx = createFakeExcel();
    fx.fake.state.properties.comments = encodeMetadata(metadata("1.0.0", "2026-11-24"));
    render(
      <PaneRoot
        host={hostOf(fx)}
        lang="ja"
        dataset={BUNDLED}
        panels={[
          {
            id: "refresh",
            titleKey: "refresh.title",
            Component: () => <RefreshStub record={() => recordRefresh(fx)} />,
          },
        ]}
      />,
    );
    expect(await screen.findByText("このブックのデータ版 1.0.0（令和8年11月24日）")).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "refresh" }));
    expect(await screen.findByText("このブックのデータ版 1.1.0（令和8年11月28日）")).toBeVisible();
    expect(screen.queryByText(/1\.0\.0/)).toBeNull();
  });

  it("names the bundled dataset when the workbook records none, in the language's date style", async () => {
    const fx = createFakeExcel();
    render(<PaneRoot host={hostOf(fx)} lang="en" dataset={BUNDLED} panels={[panels[0] as PanelDefinition]} />);
    expect(await screen.findByText("Bundled dataset 1.0.0 (24 Nov 2026)")).toBeVisible();
    // read, found nothing: still the bundled line after the read settled
    await act(async () => undefined);
    expect(screen.getByText("Bundled dataset 1.0.0 (24 Nov 2026)")).toBeVisible();
  });

  it("names the bundled dataset when Excel refuses the read", async () => {
    render(<PaneRoot host={fakeHost} lang="ja" dataset={BUNDLED} panels={[panels[0] as PanelDefinition]} />);
    await act(async () => undefined);
    expect(screen.getByText("同梱データ版 1.0.0（令和8年11月24日）")).toBeVisible();
  });
});
