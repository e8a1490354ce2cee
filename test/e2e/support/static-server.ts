/**
 * A plain-HTTP static server on 127.0.0.1 (random free port) for browser tests; the file handler is the same one
 * `npm start` serves the pane with.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS helper shared with `npm start`
const { createStaticHandler } = require("../../../src/cli/start-addin.cjs") as {
  createStaticHandler: (dir: string) => (req: unknown, res: unknown) => void;
};

export interface StaticServer {
  /** Base URL ending in "/". */
  readonly url: string;
  close(): Promise<void>;
}

export async function startStaticServer(dir: string): Promise<StaticServer> {
  const server: Server = createServer(createStaticHandler(dir));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
