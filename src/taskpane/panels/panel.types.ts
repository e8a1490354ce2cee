import type { ComponentType } from "react";
import type { MessageKey } from "../../i18n/messages";

/**
 * A feature panel in the pane's body (workbook creation, comments, refresh, minutes…). Adding a feature means adding
 * one definition to the list given to <App>; the App gives each panel a titled, labelled section.
 */
export interface PanelDefinition {
  /** Stable id, used for the section's DOM id (e.g. "workbook"). */
  readonly id: string;
  readonly titleKey: MessageKey;
  readonly Component: ComponentType;
}
