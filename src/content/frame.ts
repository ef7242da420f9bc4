/**
 * Runs `cb` in a task queued from the next frame's rAF callbacks: that task runs after the frame's
 * layout and paint, so it marks "painted" (and is the first moment the frame's layout can be
 * reused). Nothing runs in a tab that paints no frames (a background tab).
 */
export function afterNextFrame(cb: () => void): void {
  requestAnimationFrame(() => setTimeout(cb, 0));
}
