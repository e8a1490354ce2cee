/**
 * WorkbookPort: everything the use cases ask of a workbook backend, as the composition of the narrow port each use
 * case declares in its own module. A backend implements every part (Office: src/adapters/office/workbook-port.ts
 * over the pane's host; xlsx: src/adapters/xlsx/workbook-port.ts over an exceljs workbook); a caller that needs one
 * use case takes only that part. Adding a use case's port is one line in PORTS (and one in each backend's composer).
 */
import type { CommentsPort } from "./comments";
import type { CreatePort } from "./create-workbook";
import type { MinutesPort } from "./minutes";
import type { RecordTablesPort } from "./record-tables";
import type { EvaluationKpiPort } from "./evaluation-reads";
import type { RefreshPort } from "./refresh";

type PORTS = [
  CreatePort, // createWorkbook (src/app/create-workbook.ts)
  MinutesPort, // minutes (src/app/minutes.ts)
  RefreshPort, // refresh preview/apply (src/app/refresh.ts)
  CommentsPort, // comments list/add/edit/set up (src/app/comments.ts)
  RecordTablesPort, // the 効果検証 record tables (src/app/record-tables.ts)
  EvaluationKpiPort, // 「KPI一覧」 and its settings for closing a year and revising (src/app/evaluation-reads.ts)
];

type AllOf<T extends readonly unknown[]> = T extends readonly [infer Head, ...infer Rest]
  ? Head & AllOf<Rest>
  : unknown;

export type WorkbookPort = AllOf<PORTS>;

/**
 * What the Office backend composes over the pane's host (src/adapters/office/workbook-port.ts): all but refresh,
 * whose write uses what its read loaded in the same request context, so its part is made per context
 * (officeRefreshPort(context) inside one host.run), not over the host.
 */
export type HostWorkbookPort = Omit<WorkbookPort, keyof RefreshPort>;
