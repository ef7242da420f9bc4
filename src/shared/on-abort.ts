/**
 * Runs `undo` when `signal` aborts. Teardown often happens because the extension context is
 * gone (update, removal), when removing a listener throws: its listeners went with it, so
 * that error is expected and ignored.
 */
export function onAbort(signal: AbortSignal, undo: () => void): void {
  signal.addEventListener(
    'abort',
    () => {
      try {
        undo();
      } catch {
        // The extension context is already gone.
      }
    },
    { once: true },
  );
}
