import type { MessageKey } from "../../i18n/messages";
import type { PanelGroupId } from "./panel.types";

export interface PanelGroup {
  /** The group's tab. */
  readonly tabKey: MessageKey;
  /** What the group's own row of tabs is called (its accessible name). */
  readonly titleKey: MessageKey;
}

/**
 * The groups of panels. A member opens the pane for the comments and the evaluation; what only the secretariat does
 * (build the workbook, refresh it, make the minutes) sits behind one tab so that it is neither in the way nor pressed
 * by mistake.
 */
export const PANEL_GROUPS: Readonly<Record<PanelGroupId, PanelGroup>> = {
  staff: { tabKey: "app.tab.staff", titleKey: "app.group.staff" },
};
