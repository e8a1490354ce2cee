import { makeStyles, tokens } from "@fluentui/react-components";

export const useCommentsPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: "0" },
  p: { margin: "0" },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: "8em" },
  list: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  // Verbatim: line breaks and leading spaces as the member said them.
  text: { margin: "0", whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: "0",
    padding: "0",
    border: "none",
  },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});
