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
  // The look of an error MessageBar, without its code in the first chunk.
  message: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  title: { margin: "0", color: tokens.colorStatusDangerForeground1 },
  text: { margin: "0", overflowWrap: "anywhere" },
  summary: { cursor: "pointer" },
  actions: { display: "flex" },
});
