import { expect, type Page, test } from "@playwright/test";
import { mutate, thisWeek } from "./api";
import { checkinInput } from "./checkin-input";
import { createAccount, signedInTab } from "./fixtures";

async function newMember(
  browser: import("@playwright/test").Browser,
  request: import("@playwright/test").APIRequestContext,
  name: string,
) {
  return signedInTab(browser, await createAccount(request, { name }));
}

async function shareCheckin(page: Page, wentWell: string) {
  const week = await thisWeek(page);
  await mutate(
    page,
    "checkins.submit",
    checkinInput(week.weekStart, {
      wentWell,
      gotInTheWay: "A secret for my coach",
      coachOnly: { wentWell: false, gotInTheWay: true, nextFocus: false },
      energy: 3,
    }),
  );
}

test("a group shares check-ins, comments and reactions; invitations let people in; strangers see nothing", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const ava = await newMember(browser, request, "Ava Group");
  const ben = await newMember(browser, request, "Ben Group");

  // Ava starts a group and makes an invitation link.
  await ava.goto("/groups");
  const create = ava.getByRole("form", { name: "Start a group" });
  await create.getByLabel("Name").fill("Dawn Patrol");
  await create.getByRole("button", { name: "Start the group" }).click();
  await expect(ava.getByRole("heading", { name: "Dawn Patrol" })).toBeVisible();
  const groupUrl = ava.url();
  await ava.getByRole("button", { name: "Make an invitation link" }).click();
  const link = await ava.getByLabel("Invitation link (shown once)").inputValue();
  expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{20,}$/);

  // Ben joins by the link, with Ava's page open at the same time.
  await ben.goto(link);
  await expect(ben.getByText("You're invited to Dawn Patrol")).toBeVisible();
  await ben.getByRole("button", { name: "Join the group" }).click();
  await expect(ben.getByRole("heading", { name: "Dawn Patrol" })).toBeVisible();

  // Ava shares a check-in and keeps the group open; Ben sees it, without the coach-only part.
  await shareCheckin(ava, "Three runs before sunrise.");
  await ava.goto(groupUrl);
  await expect(ava.getByRole("region", { name: /^You · week of/ })).toBeVisible();
  await expect(ava.getByRole("link", { name: "Notifications" })).toBeVisible();
  await ben.reload();
  const card = ben.getByRole("region", { name: /^Ava Group · week of/ });
  await expect(card).toContainText("Three runs before sunrise.");
  await expect(card).not.toContainText("A secret for my coach");

  // Ben comments (with markup that must stay text, and a link) and reacts.
  const payload = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> great work! https://example.com/route`;
  await card.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(card.getByRole("textbox", { name: "Write a comment" })).toBeFocused();
  await card.getByRole("textbox", { name: "Write a comment" }).fill(payload);
  await card.getByRole("button", { name: "Post" }).click();
  await expect(card.getByText("great work!", { exact: false })).toBeVisible();
  // Nobody reacted yet: no reaction shows, only the button that opens the five.
  await expect(card.getByRole("list", { name: "Reactions" })).toHaveCount(0);
  await card.getByRole("button", { name: "React" }).click();
  await card.getByRole("button", { name: "On fire" }).click();
  await expect(card.getByRole("button", { name: /^On fire 1 from Ben Group/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Ava sees both appear live, without reloading, and a notification; the markup is only text.
  const own = ava.getByRole("region", { name: /^You · week of/ });
  await expect(own.getByText("great work!", { exact: false })).toBeVisible();
  // Ben joined, commented and reacted: three notifications, the bell updated live.
  await expect(ava.getByRole("link", { name: "Notifications: 3 unread" })).toBeVisible();
  await expect(own.getByText(payload.split(" great")[0] ?? "", { exact: false })).toBeVisible();
  await expect(own.getByRole("link", { name: "https://example.com/route" })).toHaveAttribute(
    "rel",
    "noopener noreferrer nofollow ugc",
  );
  await expect(own.getByRole("button", { name: /^On fire 1 from Ben Group/ })).toBeVisible();
  expect(await ava.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await ben.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await ava.getByRole("link", { name: "Notifications: 3 unread" }).click();
  await expect(ava.getByRole("list", { name: "Notifications" })).toContainText(
    "Ben Group commented on your check-in",
  );
  await ava.getByRole("button", { name: "Mark all read" }).click();
  await expect(ava.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await ava.goto(groupUrl);

  // Ava replies in the thread.
  await own.getByRole("button", { name: "Reply" }).click();
  await expect(own.getByRole("textbox", { name: "Reply to Ben Group" })).toBeFocused();
  await own.getByRole("textbox", { name: "Reply to Ben Group" }).fill("Thanks Ben!");
  await own.getByRole("button", { name: "Post" }).first().click();
  await expect(own.getByText("Thanks Ben!")).toBeVisible();

  // Dana joins by the same link and sees the feed.
  const dana = await newMember(browser, request, "Dana Group");
  await dana.goto(link);
  await dana.getByRole("button", { name: "Join the group" }).click();
  await expect(dana.getByRole("region", { name: /^Ava Group · week of/ })).toContainText(
    "Three runs before sunrise.",
  );

  // Someone who is not a member gets "not found" for the group.
  const stranger = await newMember(browser, request, "Stranger");
  const response = await stranger.goto(groupUrl);
  expect(response?.status()).toBe(404);

  // Ava removes Ben: his access ends at once.
  await ava.reload();
  await ava
    .getByRole("list", { name: "Members" })
    .getByRole("listitem")
    .filter({ hasText: "Ben Group" })
    .getByRole("button", { name: "Remove" })
    .click();
  await expect(ava.getByRole("list", { name: "Members" })).not.toContainText("Ben Group");
  expect((await ben.goto(groupUrl))?.status()).toBe(404);
});

test("a used-up invitation says so", async ({ browser, request }) => {
  const owner = await newMember(browser, request, "Owner");
  const group = await mutate<{ id: string }>(owner, "groups.create", {
    name: "Tiny",
    description: "",
    weeklyTheme: "",
  });
  const invite = await mutate<{ path: string }>(owner, "groups.createInvite", {
    groupId: group.id,
    expiresInDays: 7,
    maxUses: 1,
  });
  const first = await newMember(browser, request, "First");
  await first.goto(invite.path);
  await first.getByRole("button", { name: "Join the group" }).click();
  await expect(first.getByRole("heading", { name: "Tiny" })).toBeVisible();
  const second = await newMember(browser, request, "Second");
  await second.goto(invite.path);
  await expect(second.getByText("used as many times as it allows")).toBeVisible();
});
