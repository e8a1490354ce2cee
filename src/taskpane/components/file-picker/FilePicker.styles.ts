import { makeStyles, tokens } from "@fluentui/react-components";

export const useFilePickerStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  // The native input stays in the page (its label names it; tests and Playwright set files on it) but unseen: the
  // browser's own control cannot be styled and reads 「ファイルを選択 選択されていません」 in the OS language.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  name: { color: tokens.colorNeutralForeground2, wordBreak: "break-all", minWidth: 0 },
});
