/**
 * Every section of the catalogue, registered: for the CLI (one bundle, no first screen to keep small) and for tests.
 * The pane never imports this; each panel's chunk imports its own module beside this one.
 */
import "./comments";
import "./evaluation";
import "./minutes";
import "./refresh";
import "./workbook";
