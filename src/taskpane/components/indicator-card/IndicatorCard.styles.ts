import { makeStyles, tokens } from "@fluentui/react-components";

export const useIndicatorCardStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: "0",
  },
  p: { margin: "0", overflowWrap: "anywhere" },
  tags: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: "0",
    "& dt": { color: tokens.colorNeutralForeground2 },
    "& dd": { margin: "0", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  },
  // A dt/dd pair wrapped for the list's structure, laid out by the list's grid.
  pair: { display: "contents" },
  note: {
    display: "block",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  flag: {
    marginLeft: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  // The sheet's grade colours (fill and font), so the pane and 「KPI一覧」 read the same.
  grade: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
  },
  staff: {
    alignSelf: "flex-start",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    color: tokens.colorPaletteDarkOrangeForeground2,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
  staffDone: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export const usePathChartStyles = makeStyles({
  figure: { margin: "0", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: "0" },
  title: { color: tokens.colorNeutralForeground2 },
  svg: { width: "100%", maxWidth: "420px", height: "auto", display: "block", overflow: "visible" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  tick: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  path: { stroke: tokens.colorNeutralForeground3, strokeWidth: 1.5, strokeDasharray: "5 4", fill: "none" },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: 2, fill: "none" },
  onTrack: { fill: tokens.colorBrandForeground1, stroke: tokens.colorBrandForeground1, strokeWidth: 1.5 },
  // Behind the path: an open circle, so the difference does not rest on colour alone.
  behind: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorPaletteDarkOrangeForeground1, strokeWidth: 2 },
  target: { fill: tokens.colorNeutralForeground1 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    margin: "0",
    padding: "0",
    listStyleType: "none",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  // Read by screen readers, not shown: the chart's numbers as a table.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
});
