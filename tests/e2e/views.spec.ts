/**
 * The page's views (README, "Views and addresses"): each has its own address, works with
 * back and forward and the keyboard alone, a share link opens on the view it was shared
 * from, and on a phone the answer is in view first, with targets large enough to tap and
 * nothing wider than the screen.
 */
import { test, expect, openView, viewNav, type Page } from './fixtures';

const VIEWS = [
  ['Plan', 'plan'],
  ['Figures', 'figures'],
  ['Inputs', 'inputs'],
  ['Data', 'data'],
  ['Staffing', 'staffing'],
  ['Charts', 'charts'],
  ['Ranges', 'ranges'],
  ['Quality', 'quality'],
  ['Klarna', 'klarna'],
  ['Compare', 'compare'],
] as const;

const answer = (page: Page) => page.getByRole('region', { name: 'The answer' });
const current = (page: Page) => viewNav(page).locator('[aria-current="page"]');

/** Every view's content is built once the first figures are painted. */
async function viewsBuilt(page: Page) {
  await expect(page.locator('#charts figure').first()).toBeAttached();
  await expect(page.locator('#klarna table').first()).toBeAttached();
}

test('a keyboard alone visits every view: each link says which view is shown, moves focus to it, and keeps the answer in sight', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await viewsBuilt(page);
  await expect(current(page)).toHaveText('Plan');
  const savings = await answer(page).locator('[data-metric="annual_savings"]').getAttribute('data-value');
  for (const [label, id] of VIEWS.slice(1)) {
    // From the page's start Tab forward into the navigation; from the view's heading Shift+Tab back into it; then along it to the view's link.
    const link = viewNav(page).getByRole('link', { name: label, exact: true });
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      const at = await page.evaluate(() => {
        const nav = document.querySelector('nav[aria-label="Views"]')!;
        const active = document.activeElement ?? document.body;
        const links = [...nav.querySelectorAll('a')];
        return { index: links.indexOf(active as HTMLAnchorElement), after: !!(nav.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) };
      });
      const target = VIEWS.findIndex(([l]) => l === label);
      const back = at.index >= 0 ? at.index > target : at.after;
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(current(page)).toHaveCount(1);
    // The view's first heading has the focus (a screen reader reads it), and is in sight below the strip.
    const focused = page.locator(`#view-${id} :is(h2, h3)`).first();
    await expect(focused).toBeFocused();
    await expect(focused).toBeInViewport();
    await expect(page.locator(`#view-${id}`)).toBeVisible();
    await expect(page.locator('.view:not([hidden])')).toHaveCount(1);
    await expect(answer(page)).toBeInViewport();
    await expect(answer(page).locator('[data-metric="annual_savings"]')).toHaveAttribute('data-value', savings!);
  }
});

test('back and forward walk the views, a reload keeps the view, and an unknown address opens the plan without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await openView(page, 'Staffing');
  await openView(page, 'Ranges');
  await expect(page.getByRole('heading', { name: 'Uncertainty: ranges, not point estimates' })).toBeVisible();
  await page.goBack();
  await expect(current(page)).toHaveText('Staffing');
  await expect(page.getByRole('heading', { name: 'Staffing: headcount and sensitivity' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Uncertainty: ranges, not point estimates' })).toBeHidden();
  await page.goBack();
  await expect(current(page)).toHaveText('Plan');
  await expect(page.getByText(/With the AI resolving \d/)).toBeVisible();
  await page.goForward();
  await expect(current(page)).toHaveText('Staffing');
  await page.reload();
  await expect(current(page)).toHaveText('Staffing');
  await expect(page.getByRole('heading', { name: 'Staffing: headcount and sensitivity' })).toBeVisible();

  // The old section anchors open what they showed; anything else opens the plan.
  await page.goto('./#import');
  await expect(current(page)).toHaveText('Data');
  for (const hash of ['#nowhere', '#%E0%A4%A', '#v=', '#__proto__']) {
    await page.goto(`./${hash}`);
    await expect(current(page)).toHaveText('Plan');
    await expect(page.getByRole('heading', { name: /^Results: / })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('a share link opens on the view it was shared from with identical figures; a link without a view opens the plan', async ({ page, browser, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?preset=fintech&contacts=30000');
  await openView(page, 'Staffing');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#s=1\.[\w-]+&v=staffing$/);
  const figures = () =>
    page
      .locator('[data-metric]:not([data-channel])')
      .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value')])));
  const before = await figures();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(current(other)).toHaveText('Staffing');
  await expect(other.getByRole('heading', { name: 'Staffing: headcount and sensitivity' })).toBeVisible();
  // The address keeps the view, not the link: a reload restores the session on that view.
  await expect(other).toHaveURL(/\/#staffing$/);
  const read = () =>
    other
      .locator('[data-metric]:not([data-channel])')
      .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value')])));
  const opened = await read();
  for (const k of Object.keys(before)) if (!k.startsWith('annual_savings_p')) expect(opened[k], k).toBe(before[k]);

  // The same link without its view (as links were written before views existed) opens the plan, with the same figures.
  const old = link.replace(/&v=staffing$/, '');
  const older = await browser.newContext();
  const third = await older.newPage();
  await third.goto(old);
  await expect(viewNav(third).locator('[aria-current="page"]')).toHaveText('Plan');
  await expect(third).toHaveURL(/\/$/);
  const plain = await third
    .locator('[data-metric]:not([data-channel])')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value')])));
  for (const k of Object.keys(before)) if (!k.startsWith('annual_savings_p')) expect(plain[k], k).toBe(before[k]);
  await fresh.close();
  await older.close();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the answer is above the fold, every target is at least 24 px, no select is clipped and nothing scrolls sideways, on every view', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('./');
    await viewsBuilt(page);
    // The sentence and the strip's first figures are in the first screen.
    const sentence = page.getByText(/With the AI resolving \d/);
    await expect(sentence).toBeInViewport({ ratio: 1 });
    const first = answer(page).locator('[data-metric="annual_savings"]');
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(844);
    await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));

    for (const [label] of VIEWS) {
      await openView(page, label);
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
      const found = await page.evaluate(() => {
        const shown = (e: Element) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden]');
        };
        // A checkbox or radio is tapped through its label; a visually hidden file input through its label too.
        const target = (e: Element) => (e.matches('input[type=checkbox], input[type=radio], input[type=file]') && e.closest('label')) || e;
        const small: string[] = [];
        for (const e of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
          const t = target(e);
          if (!shown(t)) continue;
          // Links within a sentence are excepted (WCAG 2.2, 2.5.8 "Inline").
          if (e.matches('p a, li > a:not(nav a), td a') && getComputedStyle(e).display === 'inline') continue;
          const r = t.getBoundingClientRect();
          if (Math.round(r.width) < 24 || Math.round(r.height) < 24)
            small.push(
              `${t.tagName} "${(t.textContent || e.getAttribute('aria-label') || e.id).trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`,
            );
        }
        // A select is clipped when its chosen option's text is wider than the room it has.
        const canvas = document.createElement('canvas').getContext('2d')!;
        const clipped: string[] = [];
        for (const s of document.querySelectorAll('select')) {
          if (!shown(s)) continue;
          const style = getComputedStyle(s);
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = s.selectedOptions[0]?.text ?? '';
          const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
          if (canvas.measureText(text).width > room) clipped.push(`${s.id || s.name}: "${text}"`);
        }
        return { small, clipped, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
      });
      expect(found.small, `${label}: targets under 24 px`).toEqual([]);
      expect(found.clipped, `${label}: clipped selects`).toEqual([]);
      expect(found.overflow, `${label}: sideways scrolling`).toBeLessThanOrEqual(0);
      await expect(answer(page)).toBeInViewport();
    }
  });
});

test('measured: each view about two screens at 1280 px at most, the controls at load, the first figure on a phone, the smallest target', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const report: string[] = [];
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await viewsBuilt(page);
    const atLoad = await page.evaluate(() => {
      const shown = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && !e.closest('[hidden]') && getComputedStyle(e).visibility !== 'hidden';
      };
      const controls = [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')].filter(shown).length;
      const figure = document.querySelector('.answer-strip [data-metric]')!.getBoundingClientRect();
      return { controls, figureTop: Math.round(figure.top + window.scrollY), figureBottom: Math.round(figure.bottom + window.scrollY) };
    });
    report.push(`${width} px: ${atLoad.controls} controls visible at load; first figure at ${atLoad.figureTop}-${atLoad.figureBottom} px`);
    expect(atLoad.controls, 'controls visible on the first view').toBeLessThanOrEqual(17);
    expect(atLoad.figureBottom, 'the first figure is above the fold').toBeLessThanOrEqual(height);
    let smallest = Infinity;
    for (const [label] of VIEWS) {
      await openView(page, label);
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
      const m = await page.evaluate(() => {
        const shown = (e: Element) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && !e.closest('[hidden]') && getComputedStyle(e).visibility !== 'hidden';
        };
        const target = (e: Element) => (e.matches('input[type=checkbox], input[type=radio], input[type=file]') && e.closest('label')) || e;
        const sizes = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
          .filter((e) => !(e.matches('p a, li > a:not(nav a), td a') && getComputedStyle(e).display === 'inline'))
          .map(target)
          .filter(shown)
          .map((t) => Math.min(t.getBoundingClientRect().width, t.getBoundingClientRect().height));
        return { height: document.documentElement.scrollHeight, smallest: Math.min(...sizes) };
      });
      smallest = Math.min(smallest, m.smallest);
      report.push(`${width} px, ${label}: ${m.height} px high`);
      if (width === 1280) expect(m.height, `${label} at 1280 px`).toBeLessThanOrEqual(2.25 * height);
    }
    report.push(`${width} px: smallest target ${Math.round(smallest * 10) / 10} px`);
    expect(smallest).toBeGreaterThanOrEqual(24);
  }
  await testInfo.attach('view-measures.txt', { body: report.join('\n'), contentType: 'text/plain' });
  console.log(report.join('\n'));
});

test('an edit on the plan reaches the views not on screen too: their figures follow, shown or read while hidden', async ({ page }) => {
  await page.goto('./');
  await viewsBuilt(page);
  const announced = page.locator('#announcement table');
  const charts = page.locator('#charts figure').first();
  const [tableBefore, chartBefore] = [await announced.textContent(), await charts.textContent()];
  await page.getByLabel('Contacts per month').fill('31000');
  // Hidden, they are brought up to date right after the edit's frame (tools read them there).
  await expect(announced).not.toHaveText(tableBefore ?? '');
  await expect(charts).not.toHaveText(chartBefore ?? '');
  const hidden = await announced.textContent();
  await openView(page, 'Quality');
  await expect(announced).toBeVisible();
  await expect(announced).toHaveText(hidden ?? '');
  // Edited again while shown: it follows at once as well.
  await openView(page, 'Plan');
  await page.getByLabel('Contacts per month').fill('12000');
  await openView(page, 'Quality');
  await expect(announced).not.toHaveText(hidden ?? '');
});

test('a chart out of sight is drawn when its view is shown and as the user scrolls to it, after an edit made while it was hidden', async ({ page }) => {
  await page.goto('./');
  await viewsBuilt(page);
  const figure = page.locator('#charts figure').first();
  const before = await figure.textContent();
  // Edited while the charts are hidden: their tables follow at once, their canvases wait for the view.
  await page.getByLabel('Contacts per month').fill('31000');
  await expect(figure).not.toHaveText(before ?? '');
  await openView(page, 'Charts');
  // Drawn once in sight (or near it): the charts at the top at once, the others as the user scrolls to them.
  const canvases = page.locator('#charts canvas');
  for (let i = 0; i < (await canvases.count()); i++) await canvases.nth(i).scrollIntoViewIfNeeded();
  const inked = () =>
    page.locator('#charts canvas').evaluateAll((cs) =>
      cs.map((c) => {
        const canvas = c as HTMLCanvasElement;
        if (canvas.width === 0 || canvas.height === 0) return 0;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
        return ink;
      }),
    );
  await expect.poll(async () => (await inked()).every((ink) => ink > 0)).toBe(true);
  expect((await inked()).length).toBeGreaterThan(3);
});
