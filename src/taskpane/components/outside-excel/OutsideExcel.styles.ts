import { makeStyles, tokens } from "@fluentui/react-components";

export const useOutsideExcelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  heading: { margin: "0" },
  steps: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: "0" },
  step: { margin: "0" },
});
