/**
 * What the library writes to the console while `run` runs: `run` gets the list as it grows (to look at
 * it midway), and nothing reaches the real console meanwhile. Restored even when `run` throws.
 */
export async function withWarnings<T>(run: (warnings: string[]) => Promise<T>): Promise<T> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  try {
    return await run(warnings);
  } finally {
    console.warn = warn;
  }
}

/** Every warning written while `run` ran. */
export const warningsDuring = (run: () => Promise<void>): Promise<string[]> =>
  withWarnings(async (warnings) => {
    await run();
    return warnings;
  });
