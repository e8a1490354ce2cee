/** What the 「会議録」 panel says, registered when its chunk loads (src/taskpane/panels/index.ts). */
import { registerMessages } from "../messages";
import { MINUTES_PANE_MESSAGES } from "../catalogue/minutes-pane";
import { MINUTES_MESSAGES } from "../catalogue/minutes";
import { OFFICE_MESSAGES } from "../catalogue/office";
import { COMMENT_PROBLEM_MESSAGES } from "../catalogue/comments";

registerMessages(MINUTES_PANE_MESSAGES);
registerMessages(MINUTES_MESSAGES);
registerMessages(OFFICE_MESSAGES);
registerMessages(COMMENT_PROBLEM_MESSAGES);
