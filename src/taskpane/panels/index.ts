import { lazy } from "react";
import type { PanelDefinition } from "./panel.types";

/*
 * Each panel is a chunk of its own (webpack's import()), fetched when its tab is first opened: the pane's first chunk
 * carries the header and tabs only. The same chunk brings the panel's texts (src/i18n/sections/<panel>.ts registers
 * them in the catalogue), so they are loaded before the panel renders. The names are the chunks' file names in dist/.
 */
const CreateWorkbook = lazy(() =>
  Promise.all([
    import(/* webpackChunkName: "panel-workbook" */ "./create-workbook/CreateWorkbook"),
    import(/* webpackChunkName: "panel-workbook" */ "../../i18n/sections/workbook"),
  ]).then(([m]) => ({ default: m.CreateWorkbook })),
);
const CommentsPanel = lazy(() =>
  Promise.all([
    import(/* webpackChunkName: "panel-comments" */ "./comments/CommentsPanel"),
    import(/* webpackChunkName: "panel-comments" */ "../../i18n/sections/comments"),
  ]).then(([m]) => ({ default: m.CommentsPanel })),
);
const Minutes = lazy(() =>
  Promise.all([
    import(/* webpackChunkName: "panel-minutes" */ "./minutes/Minutes"),
    import(/* webpackChunkName: "panel-minutes" */ "../../i18n/sections/minutes"),
  ]).then(([m]) => ({ default: m.Minutes })),
);
const EvaluationPanel = lazy(() =>
  Promise.all([
    import(/* webpackChunkName: "panel-evaluation" */ "./evaluation/EvaluationPanel"),
    import(/* webpackChunkName: "panel-evaluation" */ "../../i18n/sections/evaluation"),
  ]).then(([m]) => ({ default: m.EvaluationPanel })),
);
const Refresh = lazy(() =>
  Promise.all([
    import(/* webpackChunkName: "panel-refresh" */ "./refresh/Refresh"),
    import(/* webpackChunkName: "panel-refresh" */ "../../i18n/sections/refresh"),
  ]).then(([m]) => ({ default: m.Refresh })),
);

/**
 * The pane's feature panels. A new feature is one more entry here. The pane opens on the first (委員意見, what a member
 * needs at the meeting); the secretariat's tools share the 「事務局」 tab, which follows the members' tabs
 * (components/app/pane-tabs.ts), so the tabs read 委員意見 · 評価 · 事務局 (ブック作成 · データ更新 · 会議録).
 */
export const defaultPanels: readonly PanelDefinition[] = [
  { id: "comments", titleKey: "comments.title", tabKey: "app.tab.comments", Component: CommentsPanel },
  { id: "workbook", titleKey: "workbook.title", tabKey: "app.tab.workbook", group: "staff", Component: CreateWorkbook },
  { id: "refresh", titleKey: "refresh.title", tabKey: "app.tab.refresh", group: "staff", Component: Refresh },
  { id: "minutes", titleKey: "minutes.title", tabKey: "app.tab.minutes", group: "staff", Component: Minutes },
  { id: "evaluation", titleKey: "evaluation.pane.title", Component: EvaluationPanel },
];
