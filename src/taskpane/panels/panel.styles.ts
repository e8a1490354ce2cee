import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout every feature panel shares: a column of blocks, plain paragraphs, a wrapping row of buttons. */
export const usePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  text: { margin: "0" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});
