/**
 * A recording fake of the slice of Excel's RequestContext that the renderer uses. Every property write and method
 * call is queued as an action (with a JSON description, to measure the request size) and applied to
 * FakeWorkbookState on `sync()`, in order, as Excel does. Reading a property before it was loaded and synced throws,
 * like Office.js. Excel on the web's 5 MB request limit is enforced.
 */
import { FakeWorkbookState, markChanged, type FakeRequest } from "./state";

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface QueuedAction {
  readonly path: string;
  readonly action: string;
  readonly args: unknown;
  readonly run: () => void;
}

export const WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

export class FakeContext {
  /** A second context may share the state: two writers against the same workbook. */
  constructor(readonly state: FakeWorkbookState = new FakeWorkbookState()) {}
  private queue: QueuedAction[] = [];
  private suspendedThisBatch = false;
  /** Errors to throw on coming syncs (e.g. cell-edit mode), consumed one per sync. */
  readonly failNextSyncs: FakeOfficeError[] = [];
  syncCount = 0;
  /** Makes Excel refuse matching actions when they run (e.g. a zoom option a host does not take). */
  refuse: ((path: string, action: string, args: unknown) => FakeOfficeError | undefined) | undefined;
  /** When set, each request also records its bytes per action name (for finding what makes a request large). */
  measureActions = false;

  enqueue(path: string, action: string, args: unknown, run: () => void): void {
    this.queue.push({ path, action, args, run });
  }

  suspendCalculation(): void {
    this.enqueue("application", "suspendApiCalculationUntilNextSync", null, () => {
      this.suspendedThisBatch = true;
    });
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.syncCount++;
    const failure = this.failNextSyncs.shift();
    if (failure) throw failure;
    const json = JSON.stringify(queue.map(({ path, action, args }) => ({ path, action, args })));
    const bytes = new TextEncoder().encode(json).length;
    this.suspendedThisBatch = false;
    const request: FakeRequest = { bytes, actions: queue.length, calculationSuspended: false };
    if (this.measureActions) {
      request.byAction = {};
      for (const { path, action, args } of queue) {
        const n = JSON.stringify({ path, action, args }).length;
        request.byAction[action] = (request.byAction[action] ?? 0) + n;
      }
    }
    this.state.requests.push(request);
    if (bytes > WEB_REQUEST_LIMIT_BYTES) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    }
    try {
      for (const item of queue) {
        const refusal = this.refuse?.(item.path, item.action, item.args);
        if (refusal) throw refusal;
        item.run();
      }
    } finally {
      // Renames, names, deleted cells …: the calculated values are stale unless the batch only read.
      if (queue.some((q) => q.action !== "load" && q.action !== "resolve")) markChanged();
    }
    request.calculationSuspended = this.suspendedThisBatch;
  }
}

export function notLoaded(what: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Nested objects and methods a recorder exposes; anything else is a plain property. */
export interface RecorderSpec {
  readonly [property: string]: RecorderSpec | ((target: Record<string, unknown>, ...args: unknown[]) => void);
}

/**
 * A write-only proxy: setting `x.a.b = v` queues an action that assigns v into the target record at sync time;
 * reading a plain property throws (not loaded); nested objects and methods come from `spec`.
 */
export function recorder(
  ctx: FakeContext,
  path: string,
  target: () => Record<string, unknown>,
  spec: RecorderSpec = {},
  /** Runs with each property write when the action runs (at sync): Excel's refusal of a value. */
  check?: (path: string, prop: string, value: unknown) => void,
): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get(_obj, prop) {
      if (typeof prop !== "string" || prop === "then" || prop === "toJSON") return undefined;
      const child = spec[prop];
      if (typeof child === "function") {
        return (...args: unknown[]) => ctx.enqueue(path, prop, args, () => child(target(), ...args));
      }
      if (child) {
        return recorder(
          ctx,
          `${path}.${prop}`,
          () => {
            const t = target();
            if (typeof t[prop] !== "object" || t[prop] === null) t[prop] = {};
            return t[prop] as Record<string, unknown>;
          },
          child,
          check,
        );
      }
      throw notLoaded(`${path}.${prop}`);
    },
    set(_obj, prop, value: unknown) {
      if (typeof prop !== "string") return false;
      const copy: unknown = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
      ctx.enqueue(path, `set ${prop}`, copy, () => {
        check?.(path, prop, copy);
        target()[prop] = copy;
      });
      return true;
    },
  });
}
