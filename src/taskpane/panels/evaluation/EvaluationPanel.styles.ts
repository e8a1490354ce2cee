import { makeStyles, tokens } from "@fluentui/react-components";

export const useEvaluationPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: "0" },
  p: { margin: "0" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: "0" },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: "0",
    "& dd": { margin: "0", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
    "& dt": { color: tokens.colorNeutralForeground2 },
  },
  // Read-only values: one term over its text, the text verbatim.
  readOnly: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: "0",
    "& dt": { color: tokens.colorNeutralForeground2 },
    "& dd": { margin: "0", whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: "8em" },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  differs: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
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
  superseded: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
