import { readFile } from "node:fs/promises";
import { Decoder, Stream } from "@garmin/fitsdk";
import { expect } from "@playwright/test";
import { createChainForThisWeek, mutate, query } from "./api";
import { createAccount, signedInTab, test } from "./fixtures";

test("a workout with intervals at a zone: built in the plan, shown on /week, downloaded as a FIT file the SDK reads", async ({
  browser,
  page,
  request,
  account: _account,
}) => {
  test.setTimeout(90_000);
  const profile = await query<Record<string, unknown>>(page, "profile.get", undefined);
  await mutate(page, "profile.update", {
    name: profile.name,
    timeZone: profile.timeZone,
    weekStart: profile.weekStart,
    distanceUnit: "km",
  });
  // A 19:57 5K: VDOT 50, whose interval zone is about 3:55–4:03 a km.
  await mutate(page, "training.setZones", {
    source: { distanceMetres: 5000, seconds: 1197, raceDate: "2026-01-10" },
  });
  const { micro, today } = await createChainForThisWeek(page);

  await page.goto(`/goals/${micro.id}`);
  await page.getByRole("button", { name: "Edit goal" }).click();
  const form = page.getByRole("form", { name: "Edit micro goal" });
  await form.getByRole("button", { name: /^Add workout steps for / }).click();
  // 6 × (800 m at the interval zone, 2 min recovery); the warm-up and cool-down as they come.
  await form.getByLabel(/set 1: repeats$/).fill("6");
  await form.getByLabel(/set 1 work: how long$/).fill("800");
  await form.getByLabel(/set 1 work: unit$/).selectOption("m");
  await form.getByLabel(/set 1 work: target$/).selectOption("paceZone");
  await form.getByLabel(/set 1 work: pace zone$/).selectOption("interval");
  await form.getByLabel("then recover").check();
  await form.getByLabel(/set 1 recovery: how long$/).fill("2");
  // A pace range typed backwards is refused next to its field, before anything is sent.
  await form.getByLabel(/set 1 recovery: target$/).selectOption("pace");
  await form.getByLabel(/set 1 recovery: fastest pace per km$/).fill("6:30");
  await form.getByLabel(/set 1 recovery: slowest pace per km$/).fill("6:00");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(
    form.getByText("The pace range is inverted: put the faster pace first"),
  ).toBeVisible();
  await form.getByLabel(/set 1 recovery: target$/).selectOption("open");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form).toHaveCount(0);

  const expected =
    /^Warm-up 15 min easy · 6 × \(800 m @ interval 3:5\d–4:0\d\/km, 2 min jog\) · Cool-down 10 min easy$/;
  await expect(page.getByTestId("workout-text")).toHaveText(expected);

  await page.goto("/week");
  const plan = page.getByRole("list", { name: "Plan for Run 20 km this week" });
  await expect(plan.getByTestId("workout-text")).toHaveText(expected);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    plan.getByRole("link", { name: "Download workout (.fit)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`stride-${today}-easy.fit`);
  const bytes = new Uint8Array(await readFile((await download.path()) ?? ""));
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read();
  expect(errors).toEqual([]);
  expect(messages.fileIdMesgs?.[0]?.type).toBe("workout");
  expect(messages.workoutMesgs?.[0]).toMatchObject({ wktName: "Easy", numValidSteps: 5 });
  const steps = messages.workoutStepMesgs ?? [];
  expect(steps.map((s) => s.intensity ?? s.durationType)).toEqual([
    "warmup",
    "active",
    "recovery",
    "repeatUntilStepsCmplt",
    "cooldown",
  ]);
  expect(steps[1]).toMatchObject({
    durationType: "distance",
    durationDistance: 800,
    targetType: "speed",
  });
  // The interval zone as speeds: about 4.1 to 4.3 m/s.
  expect(steps[1]?.customTargetSpeedLow).toBeGreaterThan(4);
  expect(steps[1]?.customTargetSpeedHigh).toBeLessThan(4.4);
  expect(steps[3]).toMatchObject({ durationStep: 1, repeatSteps: 6 });

  // Someone else cannot download it.
  const otherPage = await signedInTab(browser, await createAccount(request));
  const href = await plan
    .getByRole("link", { name: "Download workout (.fit)" })
    .getAttribute("href");
  expect((await otherPage.request.get(href ?? "")).status()).toBe(404);
});
