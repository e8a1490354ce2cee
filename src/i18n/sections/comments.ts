/** What the 「委員意見」 panel says, registered when its chunk loads (src/taskpane/panels/index.ts). */
import { registerMessages } from "../messages";
import { INDICATOR_CARD_MESSAGES } from "../catalogue/indicator-card";
import { COMMENTS_PANE_MESSAGES } from "../catalogue/comments-pane";
import { COMMENT_PROBLEM_MESSAGES } from "../catalogue/comments";
import { OFFICE_MESSAGES } from "../catalogue/office";

registerMessages(COMMENTS_PANE_MESSAGES);
registerMessages(INDICATOR_CARD_MESSAGES);
registerMessages(COMMENT_PROBLEM_MESSAGES);
registerMessages(OFFICE_MESSAGES);
