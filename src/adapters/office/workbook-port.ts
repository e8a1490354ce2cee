/**
 * The Office backend of the use cases (src/app/port.ts WorkbookPort) over the pane's host. Each use case's part is
 * its own function (a panel takes only the part it needs); `officeWorkbookPort` composes them (add a use case's
 * part with one line).
 */
import { officeCreatePort, type OfficeCreatePortOptions } from "./create-port";
import type { OfficeHost } from "./host";
import { officeMinutesPort } from "./minutes-store";

export function officeWorkbookPort(host: OfficeHost, options: OfficeCreatePortOptions = {}) {
  return {
    ...officeCreatePort(host, options),
    ...officeMinutesPort(host),
  };
}
