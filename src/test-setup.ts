import { configure } from '@testing-library/dom';

/**
 * Vitest set-up for every test file. jsdom lacks ResizeObserver, which Fluent components
 * (MessageBar, overflow) use to measure themselves; nothing is measured in these tests.
 */
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, writable: true });
  Object.defineProperty(globalThis, 'ResizeObserver', { value: NoResizeObserver, writable: true });
}

// findBy*/waitFor give up after 1 s by default; a lazily loaded dialog on a busy runner needs
// longer. Still a ceiling: a test that never sees its element fails.
configure({ asyncUtilTimeout: 10_000 });
