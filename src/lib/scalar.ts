/**
 * One cell's value as every layer sees it: what Office.js returns in `Range.values`, what the xlsx adapter converts
 * exceljs values to (dates as serial numbers), what a plan writes and what the grid readers read. Empty is null.
 */
export type Scalar = string | number | boolean | null;
