import { CommentsPanel } from "./comments/CommentsPanel";
import { CreateWorkbook } from "./create-workbook/CreateWorkbook";
import { Minutes } from "./minutes/Minutes";
import type { PanelDefinition } from "./panel.types";
import { Refresh } from "./refresh/Refresh";

/** The pane's feature panels, in display order. A new feature is one more entry here. */
export const defaultPanels: readonly PanelDefinition[] = [
  { id: "workbook", titleKey: "workbook.title", Component: CreateWorkbook },
  { id: "comments", titleKey: "comments.title", Component: CommentsPanel },
  { id: "minutes", titleKey: "minutes.title", Component: Minutes },
  { id: "refresh", titleKey: "refresh.title", Component: Refresh },
];
