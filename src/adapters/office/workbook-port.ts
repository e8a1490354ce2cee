/**
 * The Office backend of the use cases (src/app/port.ts WorkbookPort) over the pane's host. Each use case's part is
 * its own function (a panel takes only the part it needs); `officeWorkbookPort` composes them (add a use case's
 * part with one line). Refresh is not among them: its read and write share one request context, so the pane makes
 * its part per context (officeRefreshPort(context) inside host.run); see src/app/port.ts HostWorkbookPort.
 */
import { officeCommentsPort } from "./comments-port";
import { officeCreatePort, type OfficeCreatePortOptions } from "./create-port";
import type { OfficeHost } from "./host";
import { officeMinutesPort } from "./minutes-store";
import { officeRecordTablesPort } from "./record-tables";
import { officeEvaluationKpiPort } from "./evaluation-kpi";

export function officeWorkbookPort(host: OfficeHost, options: OfficeCreatePortOptions = {}) {
  return {
    ...officeCreatePort(host, options),
    ...officeMinutesPort(host),
    ...officeCommentsPort(host),
    ...officeRecordTablesPort(host),
    ...officeEvaluationKpiPort(host),
  };
}
