import { makeStyles, tokens } from "@fluentui/react-components";

export const useSetupStepStyles = makeStyles({
  // A card in the brand's light colour with a bar on its leading edge: the first thing the eye meets in the panel.
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { margin: "0" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
});
