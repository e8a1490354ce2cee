/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ReactElement } from "react";
import { Outcome } from "../../../../src/taskpane/components/outcome/Outcome";
import { failure, sentence } from "../../../../src/taskpane/components/outcome/outcome-builders";
import type { OutcomeView } from "../../../../src/taskpane/components/outcome/Outcome.types";

const inFluent = (ui: ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("Outcome", () => {
  it("keeps an empty live region so the first outcome is announced", () => {
    const { container } = inFluent(<Outcome live outcome={null} />);
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toBeEmptyDOMElement();
    expect(container.querySelector("[role=status]")).toBe(region);
  });

  it("renders nothing, not even a region, for no outcome outside a live region", () => {
    inFluent(<Outcome outcome={null} />);
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("shows the title, the sentence, notes, headings and lines in order, skipping false blocks", () => {
    const outcome: OutcomeView = {
      kind: "message",
      intent: "warning",
      title: "更新の内容",
      blocks: [
        { kind: "note", text: "要約" },
        false,
        { kind: "heading", text: "変更" },
        { kind: "lines", items: ["a", "b", "c", "d"], limit: 2, more: (n) => `ほか ${n} 件` },
        { kind: "text", text: "本文" },
      ],
    };
    inFluent(<Outcome live outcome={outcome} />);
    const region = screen.getByRole("status");
    expect(within(region).getByText("更新の内容")).toBeInTheDocument();
    expect(within(region).getByText("本文")).toBeInTheDocument();
    expect(
      within(region)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["a", "b", "ほか 2 件"]);
    expect(region.textContent).toBe("更新の内容要約変更abほか 2 件本文");
  });

  it("shows every line when there is no limit, and no 'more' line", () => {
    inFluent(
      <Outcome outcome={{ kind: "message", intent: "error", blocks: [{ kind: "lines", items: ["x", "y"] }] }} />,
    );
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["x", "y"]);
  });

  it("gives each action its button, the primary one first as given", async () => {
    const replace = jest.fn();
    const cancel = jest.fn();
    inFluent(
      <Outcome
        outcome={{
          ...sentence("warning", "シートがあります", "置き換えますか？"),
          actions: [
            { label: "置き換える", onClick: replace, primary: true },
            { label: "キャンセル", onClick: cancel },
          ],
        }}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "置き換える" }));
    await userEvent.click(screen.getByRole("button", { name: "キャンセル" }));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it("folds the details under their summary, and leaves them out when empty", () => {
    const { rerender } = inFluent(<Outcome outcome={failure("失敗", "理由", "stack", "詳細（E1）")} />);
    const summary = screen.getByText("詳細（E1）");
    expect(summary.tagName).toBe("SUMMARY");
    expect(summary.parentElement?.querySelector("pre")?.textContent).toBe("stack");
    rerender(
      <FluentProvider theme={webLightTheme}>
        <Outcome outcome={failure("失敗", "理由", "")} />
      </FluentProvider>,
    );
    expect(document.querySelector("pre")).toBeNull();
    expect(screen.getByText("理由")).toBeInTheDocument();
  });

  it("names each choice's checkbox and keeps its focus across re-renders (no remount)", async () => {
    function Choices() {
      const [checked, setChecked] = useState(false);
      return (
        <Outcome
          outcome={{
            kind: "message",
            intent: "warning",
            blocks: [
              {
                kind: "choices",
                items: [
                  {
                    key: "k1",
                    text: "K1 2024: 77 / 78",
                    label: "データセットの値を採用",
                    ariaLabel: "K1 2024: データセットの値を採用",
                    checked,
                    onChange: setChecked,
                  },
                ],
              },
            ],
          }}
        />
      );
    }
    inFluent(<Choices />);
    const box = screen.getByRole("checkbox", { name: "K1 2024: データセットの値を採用" });
    await userEvent.click(box);
    expect(screen.getByRole("checkbox", { name: "K1 2024: データセットの値を採用" })).toBe(box);
    expect(box).toBeChecked();
    expect(box).toHaveFocus();
  });

  it("shows work under way as a progress bar (with its step) or a spinner", () => {
    const { rerender } = inFluent(
      <Outcome outcome={{ kind: "progress", label: "作成中", step: "セル 3/10", fraction: 0.3 }} />,
    );
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.3");
    expect(screen.getByText("セル 3/10")).toBeInTheDocument();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <Outcome outcome={{ kind: "working", label: "書き出し中" }} />
      </FluentProvider>,
    );
    // Fluent's spinner is an indeterminate progressbar named by its label
    expect(screen.getByRole("progressbar", { name: "書き出し中" })).not.toHaveAttribute("aria-valuenow");
  });
});
