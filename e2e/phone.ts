import type { Browser, Page } from "@playwright/test";

/** A phone held upright: 390 × 844 CSS pixels, touch, mobile viewport rules. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

/** A page on a phone (or a 360 px one) signed in as `from`'s person. */
export async function onPhone(browser: Browser, from: Page, width = 390) {
  const context = await browser.newContext({
    ...PHONE,
    viewport: { width, height: 844 },
    storageState: await from.context().storageState(),
  });
  return context.newPage();
}
