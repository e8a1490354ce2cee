import type { PanelDefinition } from "../../panels/panel.types";

/** Which dataset the pane carries (shown in the header). */
export interface DatasetInfo {
  readonly version: string;
  readonly date: string;
}

export interface AppProps {
  readonly panels: readonly PanelDefinition[];
  readonly dataset?: DatasetInfo;
}
