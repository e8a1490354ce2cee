/**
 * Setup for tests that run in jsdom (files with the `@jest-environment jsdom` docblock); a no-op under node.
 * jsdom lacks ResizeObserver, which Fluent's MessageBar uses to decide its layout.
 */
import "@testing-library/jest-dom";

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, "ResizeObserver", { value: ResizeObserverStub, writable: true, configurable: true });
}
