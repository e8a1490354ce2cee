import { lazy } from "react";
import type { PanelDefinition } from "./panel.types";

/*
 * Each panel is a chunk of its own (webpack's import()), fetched when its tab is first opened: the pane's first chunk
 * carries the header and tabs only. The names are the chunks' file names in dist/.
 */
const CreateWorkbook = lazy(() =>
  import(/* webpackChunkName: "panel-workbook" */ "./create-workbook/CreateWorkbook").then((m) => ({
    default: m.CreateWorkbook,
  })),
);
const CommentsPanel = lazy(() =>
  import(/* webpackChunkName: "panel-comments" */ "./comments/CommentsPanel").then((m) => ({
    default: m.CommentsPanel,
  })),
);
const Minutes = lazy(() =>
  import(/* webpackChunkName: "panel-minutes" */ "./minutes/Minutes").then((m) => ({ default: m.Minutes })),
);
const Refresh = lazy(() =>
  import(/* webpackChunkName: "panel-refresh" */ "./refresh/Refresh").then((m) => ({ default: m.Refresh })),
);

/** The pane's feature panels, in display order. A new feature is one more entry here. */
export const defaultPanels: readonly PanelDefinition[] = [
  { id: "workbook", titleKey: "workbook.title", Component: CreateWorkbook },
  { id: "comments", titleKey: "comments.title", Component: CommentsPanel },
  { id: "minutes", titleKey: "minutes.title", Component: Minutes },
  { id: "refresh", titleKey: "refresh.title", Component: Refresh },
];
