/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider } from "../../../../src/i18n/I18nContext";
import { SetupStep } from "../../../../src/taskpane/components/setup-step/SetupStep";
import type { SetupStepProps } from "../../../../src/taskpane/components/setup-step/SetupStep.types";

function renderStep(props: SetupStepProps, lang: "ja" | "en" = "ja") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <SetupStep {...props} />
      </I18nProvider>
    </FluentProvider>,
  );
}

describe("SetupStep", () => {
  it("on an empty workbook, names both missing lists under a heading and offers one action", async () => {
    const onStart = jest.fn();
    renderStep({ members: 0, meetings: 0, onStart });
    const step = screen.getByRole("region", { name: "最初に、委員と会議を登録" });
    expect(step).toBeVisible();
    expect(screen.getByText("「委員名簿」に委員がまだいません。")).toBeVisible();
    expect(screen.getByText("「会議」に会議がまだありません。")).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "委員と会議を登録" }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it("names only what is missing", () => {
    renderStep({ members: 5, meetings: 0, onStart: () => undefined });
    expect(screen.queryByText("「委員名簿」に委員がまだいません。")).toBeNull();
    expect(screen.getByText("「会議」に会議がまだありません。")).toBeVisible();
  });

  it("is gone once the roster and the meetings have an entry each", () => {
    const { container } = renderStep({ members: 1, meetings: 1, onStart: () => undefined });
    expect(screen.queryByRole("region")).toBeNull();
    expect(container.textContent).toBe("");
  });

  it("waits while the panel writes, and speaks English", () => {
    renderStep({ members: 0, meetings: 2, onStart: () => undefined, disabled: true }, "en");
    expect(screen.getByRole("heading", { name: "First, register the members and the meeting" })).toBeVisible();
    expect(screen.getByText("The roster (委員名簿) has no members yet.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Register members and meetings" })).toBeDisabled();
  });
});
