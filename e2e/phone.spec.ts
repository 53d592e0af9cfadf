import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@stride/domain/accounts";
import { signedInTab } from "./fixtures";
import { onPhone } from "./phone";
import { createWorld, type World } from "./world";

/** Each main screen of a world, with who sees it. */
function screens(world: World) {
  return [
    { who: "athlete", path: "/week" },
    { who: "athlete", path: "/goals" },
    { who: "athlete", path: `/goals/${world.chain.meso.id}` },
    { who: "athlete", path: "/log" },
    { who: "athlete", path: "/checkins" },
    { who: "athlete", path: `/groups/${world.group.id}` },
    { who: "athlete", path: "/settings" },
    { who: "athlete", path: "/notifications" },
    { who: "coach", path: "/coach" },
    { who: "coach", path: `/coach/athletes/${world.athleteId}` },
  ] as const;
}

/**
 * What sticks out sideways: the page's own scroll width, and every element whose box goes past
 * the viewport's edges, unless it sits in something that scrolls or clips sideways on purpose
 * (a wide table in its scroll box, the screen reader's one-pixel texts).
 */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const x = getComputedStyle(up).overflowX;
        if (x === "auto" || x === "scroll" || x === "hidden" || x === "clip") return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll("*")].flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      if (box.left >= -1 && box.right <= width + 1) return [];
      if (clipped(el)) return [];
      const text = (el.textContent ?? "").trim().slice(0, 30);
      return [`<${el.localName}> "${text}" ${Math.round(box.left)}–${Math.round(box.right)}`];
    });
    const scroll = document.documentElement.scrollWidth;
    return { width, scroll, wide };
  });
}

/**
 * Every control a finger can reach with a box smaller than WCAG 2.2's 24 × 24 px (2.5.8), links
 * inside a sentence aside (the criterion's "inline" exception). A checkbox or radio is measured
 * with the label it sits in, which is what a tap hits.
 */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const selector = "a[href], button, input, select, textarea, summary, [role=button]";
    return [...document.querySelectorAll<HTMLElement>(selector)].flatMap((el) => {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || el.closest("[hidden], .sr-only")) return [];
      if (el instanceof HTMLInputElement && el.type === "hidden") return [];
      const target =
        el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")
          ? (el.closest("label") ?? el)
          : el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      if (el.localName === "a" && style.display === "inline") {
        const around = (el.parentElement?.textContent ?? "").trim();
        if (around.length > (el.textContent ?? "").trim().length) return [];
      }
      if (box.width >= 24 && box.height >= 24) return [];
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30);
      return [`<${el.localName}> "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`];
    });
  });
}

/** The box of a control, which must be at least 44 × 44 px (a primary action). */
async function expectPrimary(name: string, control: ReturnType<Page["locator"]>) {
  const box = await control.boundingBox();
  expect(box, `${name} is on screen`).not.toBeNull();
  expect.soft(Math.round(box?.width ?? 0), `${name}: width`).toBeGreaterThanOrEqual(44);
  expect.soft(Math.round(box?.height ?? 0), `${name}: height`).toBeGreaterThanOrEqual(44);
}

const SECTIONS = [
  ["Week", /\/week$/],
  ["Goals", /\/goals$/],
  ["Log", /\/log$/],
  ["Check-ins", /\/checkins\/\d{4}-\d{2}-\d{2}$/],
  ["Groups", /\/groups$/],
  ["Coach", /\/coach$/],
  ["Settings", /\/settings$/],
] as const;

test("every section is in the tab bar and reachable, for an athlete and a coach", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const world = await createWorld(browser, request, "Phone Tabs");
  for (const who of [world.athlete, world.coach]) {
    const page = await onPhone(browser, who.page);
    await page.goto("/week");
    const bar = page.getByRole("navigation", { name: "Main" });
    // The bar sits at the bottom of the screen, all of it in view.
    const barBox = await bar.boundingBox();
    expect(barBox?.y ?? 0).toBeGreaterThan(844 - 100);
    expect((barBox?.y ?? 0) + (barBox?.height ?? 0)).toBeLessThanOrEqual(844 + 1);
    for (const [label, url] of SECTIONS) {
      const tab = bar.getByRole("link", { name: label, exact: true });
      await expect(tab).toBeInViewport({ ratio: 1 });
      await expectPrimary(`the ${label} tab`, tab);
      await tab.tap();
      await expect(page).toHaveURL(url);
      await expect(tab).toHaveAttribute("aria-current", "page");
    }
    const bell = page.getByRole("link", { name: /^Notifications/ });
    await expect(bell).toBeInViewport({ ratio: 1 });
    await expectPrimary("the bell", bell);
    await bell.tap();
    await expect(page).toHaveURL(/\/notifications$/);
    await page.context().close();
  }
});

test("no screen is wider than a 390 or a 360 px phone, and no target is under 24 px", async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const world = await createWorld(browser, request, "Phone Fit");
  for (const width of [390, 360]) {
    const pages = {
      athlete: await onPhone(browser, world.athlete.page, width),
      coach: await onPhone(browser, world.coach.page, width),
    };
    for (const { who, path } of screens(world)) {
      const page = pages[who];
      await page.goto(path);
      await page.waitForLoadState("load");
      const where = `${path} at ${width} px`;
      const fit = await overflowing(page);
      expect.soft(fit.scroll, `${where}: scroll width`).toBeLessThanOrEqual(fit.width);
      expect.soft(fit.wide.join("\n"), `${where}: elements past the edge`).toBe("");
      expect.soft((await smallTargets(page)).join("\n"), `${where}: targets under 24 px`).toBe("");
    }
    await Promise.all(Object.values(pages).map((page) => page.context().close()));
  }
});

test("the main actions are at least 44 px, and the feed opens boxes and reactions on demand", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const world = await createWorld(browser, request, "Phone Touch");
  const page = await onPhone(browser, world.athlete.page);
  await page.goto(`/groups/${world.group.id}`);
  const own = page.getByRole("region", { name: /^You · week of/ });
  await expect(own).toContainText("Great consistency!");

  // Only the reaction someone gave shows (the mate's fire), and one button to add another.
  await expect(own.getByRole("list", { name: "Reactions" }).getByRole("button")).toHaveCount(1);
  const react = own.getByRole("button", { name: "React" });
  await expectPrimary("React", react);
  await react.tap();
  await expect(own.getByRole("group", { name: "Pick a reaction" }).getByRole("button")).toHaveCount(
    5,
  );
  await own.getByRole("button", { name: "Kudos" }).tap();
  await expect(own.getByRole("button", { name: /^Kudos 1/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // No comment box until asked for; Reply opens one with the focus in it.
  await expect(own.getByRole("textbox")).toHaveCount(0);
  const reply = own.getByRole("button", { name: "Reply" }).first();
  await expectPrimary("Reply", reply);
  await expectPrimary("Comment", own.getByRole("button", { name: "Comment", exact: true }));
  await expectPrimary("Edit", own.getByRole("button", { name: "Edit" }).first());
  await expectPrimary("Delete", own.getByRole("button", { name: "Delete" }).first());
  await reply.tap();
  const box = own.getByRole("textbox", { name: /^Reply to/ });
  await expect(box).toBeFocused();
  // An empty reply gets a sentence, not a field's name.
  await own.getByRole("button", { name: "Post" }).tap();
  await expect(own.getByText("Write a comment", { exact: true })).toBeVisible();
  await expect(own.getByText(/body:/)).toHaveCount(0);
  await own.getByRole("button", { name: "Cancel" }).tap();
  await expect(own.getByRole("textbox")).toHaveCount(0);

  await page.goto("/notifications");
  const markRead = page.getByRole("button", { name: "Mark read" }).first();
  await expectPrimary("Mark read", markRead);
  await expectPrimary("Mark all read", page.getByRole("button", { name: "Mark all read" }));
  await page.context().close();
});

test("a group mate's reply notification opens the card it is about", async ({
  browser,
  request,
}) => {
  const world = await createWorld(browser, request, "Phone Notice");
  // The world's athlete replied to the mate's comment on the athlete's own check-in.
  const page = await onPhone(browser, world.mate.page);
  await page.goto("/notifications");
  const item = page.getByRole("listitem").filter({ hasText: "replied to your comment" });
  await item.getByRole("link", { name: "Open the comment" }).tap();
  await expect(page).toHaveURL(new RegExp(`/groups/${world.group.id}#checkin-`));
  const card = page.getByRole("region", { name: /Athlete · week of/ });
  await expect(card).toContainText("Thanks, see you Saturday");
  await expect(card).toBeInViewport();
  await page.context().close();
});

/** A demo person (read only here: coaching.spec.ts is the one that changes the demo world). */
const demo = (browser: Browser, email: string) =>
  signedInTab(browser, { email, password: DEMO_PASSWORD });

test("long pages at 390 × 844: the group and a coached athlete", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const world = await createWorld(browser, request, "Phone Height");
  const [dana, casey] = await Promise.all([
    demo(browser, "dana@stride.example"),
    demo(browser, "coach@stride.example"),
  ]);
  await dana.goto("/groups");
  const sunrise = await dana.getByRole("link", { name: "Sunrise Runners" }).getAttribute("href");
  await casey.goto("/coach");
  const ava = await casey.getByRole("link", { name: "Ava", exact: true }).getAttribute("href");
  const heights: Record<string, number> = {};
  for (const [name, who, path] of [
    ["groups", world.athlete.page, `/groups/${world.group.id}`],
    ["coach", world.coach.page, `/coach/athletes/${world.athleteId}`],
    ["demo group", dana, sunrise ?? ""],
    ["demo athlete", casey, ava ?? ""],
  ] as const) {
    const page = await onPhone(browser, who);
    await page.goto(path);
    await page.waitForLoadState("load");
    heights[name] = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.context().close();
  }
  test.info().annotations.push({ type: "heights", description: JSON.stringify(heights) });
  console.log(`page heights at 390 × 844: ${JSON.stringify(heights)}`);
  // This world's group (two check-ins, three comments) and athlete (a goal chain and a habit):
  // a screenful or two each, not the thousands of pixels every card's open box and five
  // reaction buttons made.
  expect(heights.groups).toBeLessThan(3000);
  expect(heights.coach).toBeLessThan(4000);
});
