/**
 * What the 「データを更新」 panel says, registered when its chunk loads (src/taskpane/panels/index.ts). A refresh reaches
 * the committee's and the 効果検証 sheets' readers, whose problems it may show.
 */
import { registerMessages } from "../messages";
import { COMMENT_PROBLEM_MESSAGES } from "../catalogue/comments";
import { EVALUATION_MESSAGES } from "../catalogue/evaluation";
import { OFFICE_MESSAGES } from "../catalogue/office";
import { REFRESH_MESSAGES } from "../catalogue/refresh";
import { REFRESH_PANE_MESSAGES } from "../catalogue/refresh-pane";

registerMessages(REFRESH_PANE_MESSAGES);
registerMessages(REFRESH_MESSAGES);
registerMessages(OFFICE_MESSAGES);
registerMessages(COMMENT_PROBLEM_MESSAGES);
registerMessages(EVALUATION_MESSAGES);
