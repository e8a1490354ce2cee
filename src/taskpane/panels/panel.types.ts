import type { ComponentType } from "react";
import type { MessageKey } from "../../i18n/messages";

/** Panels that share one tab, with a second row of tabs to choose among them: the secretariat's tools. */
export type PanelGroupId = "staff";

/**
 * A feature panel in the pane's body (workbook creation, comments, refresh, minutes…). Adding a feature means adding
 * one definition to the list given to <App>; the App gives each panel a titled, labelled section.
 */
export interface PanelDefinition {
  /** Stable id, used for the section's DOM id (e.g. "workbook"). */
  readonly id: string;
  /** The section's heading. */
  readonly titleKey: MessageKey;
  /** The tab's label when the title is too long for a 320-px pane's one row of tabs; the title otherwise. */
  readonly tabKey?: MessageKey;
  /** The group whose tab holds this panel; the groups' tabs follow the ungrouped panels' (panel-groups.ts). */
  readonly group?: PanelGroupId;
  readonly Component: ComponentType;
}
