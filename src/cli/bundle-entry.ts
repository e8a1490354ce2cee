/**
 * The entry of the CLI bundle (dist/cli/kpi-review.cjs, `npm run build:cli`): runs the CLI on the process's
 * arguments whether node starts the bundle or the `kpi-review` launcher (bin.cjs) requires it. main.ts's own
 * `require.main === module` cannot tell inside a bundle, so the bundle starts here.
 */
import { runProcess } from "./main";

void runProcess(process.argv.slice(2));
