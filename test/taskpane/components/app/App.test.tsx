/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { lazy, type ComponentType } from "react";
import userEvent from "@testing-library/user-event";
import { PaneRoot } from "../../../../src/taskpane/components/pane-root/PaneRoot";
import type { ExcelHost } from "../../../../src/taskpane/host/excel-host";
import type { PanelDefinition } from "../../../../src/taskpane/panels/panel.types";

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

const renderPane = (list: readonly PanelDefinition[] = panels) =>
  render(<PaneRoot host={fakeHost} lang="ja" panels={list} />);

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

    localStorage.setItem("kpi-review.selectedPanel", "gone");
    const again = renderPane();
    expect(again.getByRole("tabpanel")).toHaveAttribute("id", "panel-comments");
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
