/**
 * Every journey runs through these fixtures (README, "Run every test" and "Host it"): they
 * record each request of each page in the browser context and each Content-Security-Policy
 * violation, and fail the test if a request left the page's origin or the policy refused
 * anything.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };
export type { BrowserContext, Locator, Page, TestInfo } from '@playwright/test';

/** Schemes that never reach a network: data the page already holds. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** Whether a request URL stays on the app's origin (or needs no network at all). */
export function isOwnOrigin(url: string, origin: string): boolean {
  const u = new URL(url);
  return LOCAL_SCHEMES.has(u.protocol) || u.origin === origin;
}

export interface Guard {
  /** URLs requested outside the page's origin. */
  foreign: string[];
  /** Policy violations and console reports of them. */
  violations: string[];
}

async function watch(context: BrowserContext, origin: string): Promise<Guard> {
  const guard: Guard = { foreign: [], violations: [] };
  context.on('request', (r) => {
    if (!isOwnOrigin(r.url(), origin)) guard.foreign.push(`${r.method()} ${r.url()}`);
  });
  const attach = (page: Page) => {
    // A worker's own script is checked here too: its requests do not all pass the context.
    page.on('worker', (w) => {
      if (!isOwnOrigin(w.url(), origin)) guard.foreign.push(`worker ${w.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(m.text())) guard.violations.push(m.text());
    });
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    guard.violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (t: string) => void }).__reportCspViolation;
      report?.(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return guard;
}

/**
 * Waits until the app answers input. A first visit shows the figures rendered at build time
 * before the app's script has taken them over (hydration); a click in between would be
 * lost, so every navigation of the test's page waits for the page's ready mark. Pages
 * without the app (the boundary harness) do not wait.
 */
export async function untilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('app') === null || document.documentElement.dataset.ready !== undefined);
}

export const test = base.extend<{ guard: Guard }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await untilReady(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await untilReady(page);
      return response;
    };
    await use(page);
  },
  guard: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const guard = await watch(context, origin);
      await use(guard);
      expect(guard.foreign, 'requests that left the page origin').toEqual([]);
      expect(guard.violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** The page's navigation between views. */
export const viewNav = (page: Page) => page.getByRole('navigation', { name: 'Views' });

/**
 * Opens one of the page's views (Plan, Figures, Inputs, Data, Staffing, Charts, Ranges,
 * Quality, Klarna, Compare) by its link, as a user would, and waits until it is the
 * current one.
 */
export async function openView(page: Page, name: string): Promise<void> {
  const link = viewNav(page).getByRole('link', { name, exact: true });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
}
