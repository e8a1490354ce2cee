/**
 * What a press of 「ワークブックを作成」 runs: the use case, the Office port and the bundled dataset (with zod behind
 * its validation). useCreateWorkbook imports this module on the first press, so none of it is in the pane's first
 * screen.
 */
export { createWorkbook } from "../../../app/create-workbook";
export { officeCreatePort } from "../../../adapters/office/create-port";
export { loadBundledDataset } from "../../bundled-dataset";
