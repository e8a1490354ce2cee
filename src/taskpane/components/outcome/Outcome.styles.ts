import { makeStyles, tokens } from "@fluentui/react-components";

export const useOutcomeStyles = makeStyles({
  note: { margin: "0" },
  heading: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontWeight: tokens.fontWeightSemibold },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  details: {
    margin: "0",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});
