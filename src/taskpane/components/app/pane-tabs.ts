/**
 * The pane's two levels of tabs, as data: the ungrouped panels each have a tab, in the order given, then each group
 * of panels (the secretariat's tools) one tab after them, with a second row of tabs inside. Pure, so the order and
 * what is shown are tested without React.
 */
import { PANEL_GROUPS, type PanelGroup } from "../../panels/panel-groups";
import type { PanelDefinition, PanelGroupId } from "../../panels/panel.types";

export type TopTab =
  | { readonly kind: "panel"; readonly id: string; readonly panel: PanelDefinition }
  | {
      readonly kind: "group";
      readonly id: PanelGroupId;
      readonly group: PanelGroup;
      readonly panels: readonly PanelDefinition[];
    };

/** The first row of tabs: ungrouped panels first (what a member uses), then the groups in order of appearance. */
export function topTabs(panels: readonly PanelDefinition[]): TopTab[] {
  const groups = new Map<PanelGroupId, PanelDefinition[]>();
  const single: TopTab[] = [];
  for (const panel of panels) {
    if (panel.group === undefined) single.push({ kind: "panel", id: panel.id, panel });
    else groups.set(panel.group, [...(groups.get(panel.group) ?? []), panel]);
  }
  const grouped: TopTab[] = [...groups].map(([id, members]) => ({
    kind: "group",
    id,
    group: PANEL_GROUPS[id],
    panels: members,
  }));
  return [...single, ...grouped];
}

/** Which tabs are chosen: the first row's, and within each group its own (kept while another top tab is shown). */
export interface TabChoice {
  readonly top: string | undefined;
  readonly inGroup: Readonly<Partial<Record<PanelGroupId, string>>>;
}

/** The choice made valid for these tabs: an unknown or vanished id falls back to the first of its row. */
export function validChoice(tabs: readonly TopTab[], choice: TabChoice): TabChoice {
  const top = tabs.some((t) => t.id === choice.top) ? choice.top : tabs[0]?.id;
  const inGroup: Partial<Record<PanelGroupId, string>> = {};
  for (const tab of tabs) {
    if (tab.kind !== "group") continue;
    const chosen = choice.inGroup[tab.id];
    inGroup[tab.id] = tab.panels.some((p) => p.id === chosen) ? chosen : tab.panels[0]?.id;
  }
  return { top, inGroup };
}

/** The panel shown for a valid choice: the chosen top tab's panel, or its group's chosen panel. */
export function shownPanel(tabs: readonly TopTab[], choice: TabChoice): string | undefined {
  const tab = tabs.find((t) => t.id === choice.top);
  if (tab === undefined) return undefined;
  return tab.kind === "panel" ? tab.id : choice.inGroup[tab.id];
}
