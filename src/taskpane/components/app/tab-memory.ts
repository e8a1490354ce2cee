/**
 * The tabs chosen last, remembered per machine so that a member who reopens the pane at the next meeting lands where
 * they left. localStorage may be missing or throw (disabled by policy, a full quota): the pane then opens on its
 * first tab and forgets, which is harmless.
 */
import type { PanelGroupId } from "../../panels/panel.types";
import type { TabChoice } from "./pane-tabs";

/** Namespaced, and new with the member-first tabs: a choice stored by the earlier pane (kpi-review.selectedPanel) is not read. */
export const TAB_KEY = "kpi-review.pane.tab";
export const groupTabKey = (group: PanelGroupId): string => `${TAB_KEY}.${group}`;

function read(key: string): string | undefined {
  try {
    return globalThis.localStorage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // not remembered
  }
}

/** What was stored (unchecked: validChoice drops what these tabs do not have). */
export function storedChoice(groups: readonly PanelGroupId[]): TabChoice {
  const inGroup: Partial<Record<PanelGroupId, string>> = {};
  for (const group of groups) {
    const chosen = read(groupTabKey(group));
    if (chosen !== undefined) inGroup[group] = chosen;
  }
  return { top: read(TAB_KEY), inGroup };
}

export function storeTop(id: string): void {
  write(TAB_KEY, id);
}

export function storeInGroup(group: PanelGroupId, id: string): void {
  write(groupTabKey(group), id);
}
