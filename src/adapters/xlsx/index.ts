export { buildExcelWorkbook, writeWorkbookXlsx, writeWorkbookXlsxTo } from "./write-workbook";
export { readWorkbookMetadata, metadataOfWorkbook } from "./read-metadata";
