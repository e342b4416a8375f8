/**
 * The longest main-thread task while `work` runs (0 when none passed 50 ms, the browser's long-task
 * threshold), with its result and how long it took. The task that built the input is not measured: a long
 * task is reported when it ends, so the measure starts on a fresh task.
 */
export async function longestTask<T>(work: () => Promise<T>): Promise<{ result: T; longest: number; ms: number }> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  // Long-task entries are delivered after the task: let them arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { result, longest: Math.max(0, ...durations), ms };
}
