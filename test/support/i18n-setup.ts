/**
 * Registers every section of the message catalogue (src/i18n/sections/all), as the CLI does: units that name a
 * feature's keys are tested without loading their panel's chunk. That each panel's chunk brings the sections its code
 * names is checked by test/taskpane/first-screen.test.ts; test/i18n/messages.test.ts checks an unloaded key throws.
 */
import "../../src/i18n/sections/all";
