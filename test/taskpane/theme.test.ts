import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { contrastRatio, loadDarkTheme, themeFromOffice, wantsDarkTheme } from "../../src/taskpane/theme";

describe("themeFromOffice", () => {
  it("is webLightTheme when the host gives no colours", () => {
    expect(themeFromOffice(undefined)).toBe(webLightTheme);
  });

  it("follows a light Office body with readable colours", () => {
    const theme = themeFromOffice({ bodyBackgroundColor: "#F3F3F3", bodyForegroundColor: "#262626" });
    expect(theme.colorNeutralBackground1).toBe("#F3F3F3");
    expect(theme.colorNeutralForeground1).toBe("#262626");
    expect(theme.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
  });

  it("starts from the dark theme for a dark Office body", () => {
    const dark = { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" };
    expect(wantsDarkTheme(dark)).toBe(true);
    const theme = themeFromOffice(dark, webDarkTheme);
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe("#1F1F1F");
  });

  it("is plainly light for a dark Office body until the dark theme is loaded", () => {
    const dark = { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" };
    expect(themeFromOffice(dark)).toBe(webLightTheme);
    expect(wantsDarkTheme({ bodyBackgroundColor: "#F3F3F3" })).toBe(false);
    expect(wantsDarkTheme(undefined)).toBe(false);
  });

  it("loads webDarkTheme from its own module", async () => {
    await expect(loadDarkTheme()).resolves.toBe(webDarkTheme);
  });

  it("ignores colours that would be unreadable or malformed", () => {
    expect(themeFromOffice({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#EEEEEE" })).toBe(webLightTheme);
    expect(themeFromOffice({ bodyBackgroundColor: "white", bodyForegroundColor: "#000000" })).toBe(webLightTheme);
  });

  it("computes WCAG contrast (black on white is 21:1)", () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBeCloseTo(1, 5);
  });
});
