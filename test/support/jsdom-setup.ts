/**
 * Setup for tests that run in jsdom (files with the `@jest-environment jsdom` docblock); a no-op under node.
 * jsdom lacks ResizeObserver, which Fluent's MessageBar uses to decide its layout, and TextEncoder, which the
 * renderer and the fake Excel use to measure request sizes (browsers have both).
 */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/dom";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, "ResizeObserver", { value: ResizeObserverStub, writable: true, configurable: true });
}

if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
}

if (typeof window !== "undefined") {
  // Rendering Fluent and building a workbook through the fake takes seconds on a loaded 2-core machine: wait for
  // what the user would see for up to 10 s (findBy…, waitFor) instead of 1 s, within a 30 s test.
  configure({ asyncUtilTimeout: 10_000 });
  jest.setTimeout(30_000);
}
