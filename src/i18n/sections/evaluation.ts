/**
 * What the 「評価」 panel says, registered when its chunk loads (src/taskpane/panels/index.ts). It reuses a few of the
 * comments' and the refresh's panel texts and reads 「KPI一覧」 as the minutes do (their problems).
 */
import { registerMessages } from "../messages";
import { INDICATOR_CARD_MESSAGES } from "../catalogue/indicator-card";
import { COMMENT_PROBLEM_MESSAGES } from "../catalogue/comments";
import { COMMENTS_PANE_MESSAGES } from "../catalogue/comments-pane";
import { EVALUATION_MESSAGES } from "../catalogue/evaluation";
import { MINUTES_MESSAGES } from "../catalogue/minutes";
import { OFFICE_MESSAGES } from "../catalogue/office";
import { REFRESH_PANE_MESSAGES } from "../catalogue/refresh-pane";

registerMessages(EVALUATION_MESSAGES);
registerMessages(INDICATOR_CARD_MESSAGES);
registerMessages(COMMENT_PROBLEM_MESSAGES);
registerMessages(COMMENTS_PANE_MESSAGES);
registerMessages(MINUTES_MESSAGES);
registerMessages(REFRESH_PANE_MESSAGES);
registerMessages(OFFICE_MESSAGES);
