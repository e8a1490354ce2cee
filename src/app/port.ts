/**
 * WorkbookPort: everything the use cases ask of a workbook backend, as the composition of the narrow port each use
 * case declares in its own module. A backend implements every part (Office: src/adapters/office/workbook-port.ts
 * over the pane's host; xlsx: src/adapters/xlsx/workbook-port.ts over an exceljs workbook); a caller that needs one
 * use case takes only that part. Adding a use case's port is one line in PORTS (and one in each backend's composer).
 */
import type { CreatePort } from "./create-workbook";
import type { MinutesPort } from "./minutes";

type PORTS = [
  CreatePort, // createWorkbook (src/app/create-workbook.ts)
  MinutesPort, // minutes (src/app/minutes.ts)
  // RefreshPort: refresh preview/apply (src/app/refresh.ts, helper W1) — add here when it exists
  // CommentsPort: comments add/edit/set up (src/app/comments.ts, helper W2) — add here when it exists
];

type AllOf<T extends readonly unknown[]> = T extends readonly [infer Head, ...infer Rest]
  ? Head & AllOf<Rest>
  : unknown;

export type WorkbookPort = AllOf<PORTS>;
