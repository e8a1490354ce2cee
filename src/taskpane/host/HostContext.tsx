import { createContext, useContext, type ReactNode } from "react";
import { outsideExcelHost, type ExcelHost } from "./excel-host";

const HostContext = createContext<ExcelHost>(outsideExcelHost);

export function HostProvider({ host, children }: { readonly host: ExcelHost; readonly children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The Excel host the pane runs in (the "outside" host when none was provided). */
export function useExcelHost(): ExcelHost {
  return useContext(HostContext);
}
