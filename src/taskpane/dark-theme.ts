/** Fluent's dark theme, a chunk of its own (theme.ts's loadDarkTheme): only a dark Office needs its tokens. */
export { webDarkTheme } from "@fluentui/react-components";
