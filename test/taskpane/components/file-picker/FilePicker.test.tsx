/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider } from "../../../../src/i18n/I18nContext";
import { FilePicker } from "../../../../src/taskpane/components/file-picker/FilePicker";

function Harness({ onFile }: { onFile: (f: File | null) => void }) {
  const [name, setName] = useState<string | null>(null);
  return (
    <FilePicker
      label="データセットのファイル"
      accept=".json"
      fileName={name}
      onFile={(f) => {
        setName(f?.name ?? null);
        onFile(f);
      }}
    />
  );
}

function renderPicker(onFile: (f: File | null) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang="ja">
        <Harness onFile={onFile} />
      </I18nProvider>
    </FluentProvider>,
  );
}

describe("FilePicker", () => {
  it("is a styled button that opens the labelled file input, then shows the chosen file's name", async () => {
    const chosen: (File | null)[] = [];
    renderPicker((f) => chosen.push(f));
    expect(screen.getByText("選択されていません")).toBeInTheDocument();
    const input = screen.getByLabelText("データセットのファイル") as HTMLInputElement;
    expect(input.type).toBe("file");
    expect(input.tabIndex).toBe(-1);
    const opened = jest.spyOn(input, "click");
    await userEvent.click(screen.getByRole("button", { name: "ファイルを選択…" }));
    expect(opened).toHaveBeenCalled();

    await userEvent.upload(input, new File(["{}"], "kpi-1.1.0.json", { type: "application/json" }));
    expect(chosen.map((f) => f?.name)).toEqual(["kpi-1.1.0.json"]);
    expect(screen.getByText("kpi-1.1.0.json")).toBeInTheDocument();
    // Emptied, so the same file chosen again is read again.
    expect(input.value).toBe("");
  });
});
