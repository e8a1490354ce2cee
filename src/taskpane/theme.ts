/**
 * The Fluent theme for the pane: webLightTheme, or webDarkTheme when Office's body is dark, with Office's own body
 * colours where the host gives them (Office.context.officeTheme) and they stay readable (contrast ≥ 4.5:1).
 * The dark theme is a chunk of its own (loadDarkTheme), fetched only when Office is dark.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

/** The subset of Office.OfficeTheme we follow (all optional: not every host provides it). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
}

function rgb(hex: string | undefined): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex?.trim() ?? "");
  if (!m?.[1]) return undefined;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance. */
function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether Office's body is dark, so the pane starts from webDarkTheme. */
export function wantsDarkTheme(colors: OfficeThemeColors | undefined): boolean {
  const background = rgb(colors?.bodyBackgroundColor);
  return background !== undefined && luminance(background) < 0.2;
}

/** webDarkTheme from its chunk. */
export function loadDarkTheme(): Promise<Theme> {
  return import(/* webpackChunkName: "theme-dark" */ "./dark-theme").then((m) => m.webDarkTheme);
}

/**
 * The pane's theme. For a dark Office body `dark` is webDarkTheme once loaded (loadDarkTheme); until then the pane is
 * plainly light, rather than light tokens on Office's dark body.
 */
export function themeFromOffice(colors: OfficeThemeColors | undefined, dark?: Theme): Theme {
  const background = rgb(colors?.bodyBackgroundColor);
  const foreground = rgb(colors?.bodyForegroundColor);
  const base = wantsDarkTheme(colors) ? dark : webLightTheme;
  if (!base) return webLightTheme;
  if (!background || !foreground || contrastRatio(background, foreground) < 4.5) return base;
  return {
    ...base,
    colorNeutralBackground1: `#${colors?.bodyBackgroundColor?.replace(/^#/, "")}`,
    colorNeutralForeground1: `#${colors?.bodyForegroundColor?.replace(/^#/, "")}`,
  };
}
