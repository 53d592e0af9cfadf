import { type Browser, expect, type Page, test } from "@playwright/test";
import { createWorld } from "./world";

/** Compressed JavaScript a screen may load, in kB (1 kB = 1024 bytes): scripts, not styles. */
const JS_BUDGET_KB = 170;

/** `moved`: what shifted, from where to where, to say what to fix when `cls` is not 0. */
type Measured = { screen: string; scripts: number; jsKb: number; cls: number; moved: string[] };

/**
 * Opens `path` in a fresh context (empty cache) with `page`'s cookies, sums the encoded (gzip)
 * body of every script the page loads, and the layout shift not caused by input once it settled.
 */
async function measure(browser: Browser, from: Page | null, screen: string, path: string) {
  const context = await browser.newContext({
    storageState: from ? await from.context().storageState() : undefined,
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const shifts = { total: 0, moved: [] as string[] };
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    const describe = (node: Node | null) => {
      if (!(node instanceof Element)) return node?.nodeName ?? "?";
      const text = node.textContent?.trim().slice(0, 40) ?? "";
      return `<${node.localName} class="${node.className}"> "${text}"`;
    };
    const box = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: {
          node: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        shifts.total += entry.value;
        for (const source of entry.sources)
          shifts.moved.push(
            `${describe(source.node)} ${box(source.previousRect)} → ${box(source.currentRect)}`,
          );
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const sizes: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script")
      sizes.push(
        response
          .request()
          .sizes()
          .then((s) => s.responseBodySize),
      );
  });
  const response = await page.goto(path, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  expect(new URL(page.url()).pathname, `${path} was not redirected`).toBe(path);
  // Let client components fetch and render and lazy chunks arrive, as a person would see it.
  await page.waitForTimeout(1500);
  const { total: cls, moved } = await page.evaluate(
    () => (window as unknown as { __shifts: { total: number; moved: string[] } }).__shifts,
  );
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { screen, scripts: sizes.length, jsKb: bytes / 1024, cls, moved } satisfies Measured;
}

test("the main screens load at most 170 kB of compressed JavaScript and do not shift", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const world = await createWorld(browser, request, "Budget");
  const athlete = world.athlete.page;
  const measured: Measured[] = [];
  for (const [screen, from, path] of [
    ["/signin", null, "/signin"],
    ["/week", athlete, "/week"],
    ["/goals", athlete, "/goals"],
    // A member, the people the feed is for (the owner also loads the tools to manage it).
    ["/groups/[id]", world.mate.page, `/groups/${world.group.id}`],
    ["/coach", world.coach.page, "/coach"],
  ] as const) {
    let m = await measure(browser, from, screen, path);
    // A load that shifted is loaded once more, and that load must not shift. One CI run saw
    // /coach shift by 0.002 under heavy load, never reproduced; the first load's culprits are
    // printed, so a real shift (which happens on every load) still fails with its cause.
    if (m.cls > 0) {
      console.log(`${screen} shifted ${m.cls.toFixed(4)} on its first load: ${m.moved.join("; ")}`);
      m = await measure(browser, from, screen, path);
    }
    measured.push(m);
  }

  console.log(
    [
      "screen          scripts   JS kB (gzip)   layout shift",
      ...measured.map(
        (m) =>
          `${m.screen.padEnd(16)}${String(m.scripts).padStart(7)}${m.jsKb.toFixed(1).padStart(15)}${m.cls.toFixed(3).padStart(15)}`,
      ),
    ].join("\n"),
  );
  for (const m of measured) {
    expect
      .soft(m.jsKb, `${m.screen}: compressed JavaScript in kB`)
      .toBeLessThanOrEqual(JS_BUDGET_KB);
    expect.soft(m.cls, `${m.screen}: cumulative layout shift of ${m.moved.join("; ")}`).toBe(0);
  }
});
