/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { resolveLang } from "../../../../src/i18n/messages";
import { PaneRoot } from "../../../../src/taskpane/components/pane-root/PaneRoot";
import { outsideExcelHost, type ExcelHost } from "../../../../src/taskpane/host/excel-host";
import { useExcelHost } from "../../../../src/taskpane/host/HostContext";
import type { PanelDefinition } from "../../../../src/taskpane/panels/panel.types";

const fakeHost: ExcelHost = {
  kind: "fake",
  run: () => Promise.reject(new Error("not used")),
  isSetSupported: () => true,
};

function HostKindPanel() {
  return <p>host is {useExcelHost().kind}</p>;
}

const panels: PanelDefinition[] = [{ id: "probe", titleKey: "app.panels", Component: HostKindPanel }];

describe("PaneRoot inside Excel", () => {
  it("renders the Japanese header, dataset version and the panels by default", () => {
    render(
      <PaneRoot
        host={fakeHost}
        lang={resolveLang(undefined, "")}
        panels={panels}
        dataset={{ version: "1.0.0", date: "2025-03-31" }}
      />,
    );
    expect(screen.getByRole("heading", { level: 1, name: "KPIレビュー" })).toBeInTheDocument();
    expect(screen.getByText("同梱データ版 1.0.0（令和7年3月31日）")).toBeInTheDocument();
    const section = screen.getByRole("region", { name: "機能" });
    // the panel received the injected host through context
    expect(within(section).getByText("host is fake")).toBeInTheDocument();
    expect(screen.queryByText("Excel で開いてください")).not.toBeInTheDocument();
  });

  it("renders English with ?lang=en", () => {
    render(
      <PaneRoot
        host={fakeHost}
        lang={resolveLang("ja-JP", "?lang=en")}
        panels={panels}
        dataset={{ version: "1.0.0", date: "2025-03-31" }}
      />,
    );
    expect(screen.getByRole("heading", { level: 1, name: "KPI Review" })).toBeInTheDocument();
    expect(screen.getByText("Bundled dataset 1.0.0 (31 Mar 2025)")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Features" })).toBeInTheDocument();
    expect(screen.queryByText("KPIレビュー")).not.toBeInTheDocument();
  });

  it("marks the language on the Fluent provider root", () => {
    const { container } = render(<PaneRoot host={fakeHost} lang="en" panels={[]} />);
    expect(container.querySelector("[lang]")?.getAttribute("lang")).toBe("en");
  });
});

describe("PaneRoot outside Excel", () => {
  it("says to open it in Excel, with sideload steps, instead of a blank pane", () => {
    render(<PaneRoot host={outsideExcelHost} lang="ja" panels={panels} />);
    expect(screen.getByRole("heading", { level: 1, name: "Excel で開いてください" })).toBeInTheDocument();
    expect(screen.getByText(/マイ アドインのアップロード/)).toBeInTheDocument();
    expect(screen.getByText(/信頼できるアドイン カタログ/)).toBeInTheDocument();
    // panels need Excel, so they are not shown
    expect(screen.queryByText(/host is/)).not.toBeInTheDocument();
  });

  it("says it in English too", () => {
    render(<PaneRoot host={outsideExcelHost} lang="en" panels={panels} />);
    expect(screen.getByRole("heading", { level: 1, name: "Please open this in Excel" })).toBeInTheDocument();
    expect(screen.getByText(/Upload My Add-in/)).toBeInTheDocument();
  });
});

describe("error boundary", () => {
  function Broken(): never {
    throw new Error("計画の読み込みに失敗: sheet 「設定」 missing");
  }

  it("shows the message, the details and a reload action", async () => {
    // React reports caught render errors on console.error; keep the test output clean but check it was reported.
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => {});
    const onReload = jest.fn();
    render(
      <PaneRoot
        host={fakeHost}
        lang="ja"
        panels={[{ id: "broken", titleKey: "app.panels", Component: Broken }]}
        onReload={onReload}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(within(alert).getByText("問題が発生しました")).toBeInTheDocument();
    expect(within(alert).getAllByText(/計画の読み込みに失敗: sheet 「設定」 missing/).length).toBeGreaterThanOrEqual(1);
    const details = within(alert).getByText("詳細");
    await userEvent.click(details);
    // the details name the error and the component it came from
    expect(alert.querySelector("pre")?.textContent).toMatch(/Error: 計画の読み込みに失敗[\s\S]*Broken/);
    await userEvent.click(within(alert).getByRole("button", { name: "再読み込み" }));
    expect(onReload).toHaveBeenCalledTimes(1);
    consoleError.mockRestore();
  });

  it("shows English error text with lang en", () => {
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => {});
    render(
      <PaneRoot host={fakeHost} lang="en" panels={[{ id: "broken", titleKey: "app.panels", Component: Broken }]} />,
    );
    expect(screen.getByText("Something went wrong")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reload" })).toBeInTheDocument();
    consoleError.mockRestore();
  });

  it("shows a promise rejection that no panel handled", async () => {
    render(<PaneRoot host={fakeHost} lang="ja" panels={panels} />);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    // what the browser dispatches for `void somethingAsync()` that rejects (jsdom has no PromiseRejectionEvent)
    const event = Object.assign(new Event("unhandledrejection"), {
      reason: new Error("委員名簿の読み込みに失敗"),
    });
    act(() => {
      window.dispatchEvent(event);
    });
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("問題が発生しました")).toBeInTheDocument();
    expect(within(alert).getAllByText(/委員名簿の読み込みに失敗/).length).toBeGreaterThanOrEqual(1);
  });
});
