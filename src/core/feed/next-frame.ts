/**
 * After the next frame; in a hidden page, which has no frames, after a short while. For work in slices
 * that has just put something on screen: `scheduler.yield()` alone lets the next slice run before the
 * frame that shows it (issue 12: a long programme's first screen waited for 77 ms more of validation).
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}
