import { makeStyles, tokens } from "@fluentui/react-components";

export const useErrorViewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  details: {
    margin: "0",
    padding: tokens.spacingHorizontalS,
    maxHeight: "40vh",
    overflow: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  summary: { cursor: "pointer" },
  actions: { display: "flex" },
});
