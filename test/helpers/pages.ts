import { until } from './feeds.js';

/**
 * The globals of the every-element page (test/fixtures/pages/every-element.ts, served by
 * test/server/page-routes.mjs): errors and policy violations it recorded, each element's state, and
 * whether every element has settled.
 */
export interface EveryElementWindow extends Window {
  __ready?: boolean;
  __errors: string[];
  __violations: string[];
  __states(): Record<string, string | undefined>;
}

/**
 * Opens `path` (the every-element page, or one like it) in a 1200×800 frame at the top of the runner's
 * viewport (count-ups start only in view), once every element has settled. When one does not, the error
 * says each element's state and what the page recorded.
 */
export async function openSettledPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; inline-size: 1200px; block-size: 800px; border: 0';
  frame.src = path;
  document.body.append(frame);
  const win = () => frame.contentWindow as EveryElementWindow | null;
  await until(() => win()?.__ready === true, `every element settled in ${path}`, 25_000).catch((error: Error) => {
    throw new Error(`${error.message}: ${JSON.stringify({ states: win()?.__states?.(), violations: win()?.__violations, errors: win()?.__errors })}`);
  });
  return frame;
}
