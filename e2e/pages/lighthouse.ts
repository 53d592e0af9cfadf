/**
 * Page budgets with Lighthouse: starts the production build on a fresh embedded database with the
 * demo accounts, signs in as the demo person each screen is for, and audits /signin, /week and
 * /goals (Ava), the demo group (Dana, a member) and /coach (Casey). Prints one JSON line per page
 * and preset; exits 1 when a page misses a budget: performance < 95, accessibility < 100, any
 * layout shift, or more than 170 kB of compressed JavaScript (`jsKb`, the gzip bodies of the
 * scripts Lighthouse saw load; `jsTransferKb` is Lighthouse's own figure, with HTTP headers).
 *
 *   pnpm bench:pages [--preset mobile|desktop|both] [--port 3301]
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_PASSWORD } from "@stride/domain/accounts";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Result } from "lighthouse";
import { newSecret, type Server, startStride } from "../bench/servers";
import { scriptArgs } from "../cli-args";
import { VirtualUser } from "../load/client";
import { sleep } from "../load/recorder";

const { values: args } = parseArgs({
  args: scriptArgs(),
  options: {
    preset: { type: "string", default: "mobile" },
    port: { type: "string", default: "3301" },
  },
});
const BASE = `http://127.0.0.1:${args.port}`;
const BUDGET = { performance: 95, accessibility: 100, cls: 0, jsKb: 170 };
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];

async function demoPerson(email: string) {
  const person = new VirtualUser(BASE, email, DEMO_PASSWORD);
  await person.signIn();
  const cookie = [...person.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  return { person, cookie };
}

/** The rows of an audit whose details are a table. */
function tableItems(lhr: Result, audit: string): unknown[] {
  const details = lhr.audits[audit]?.details;
  return details?.type === "table" ? details.items : [];
}

/** The compressed size of a script as the server sends it to a browser (gzip), body only. */
function gzipBodySize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on("end", () => resolve(bytes));
    }).on("error", reject);
  });
}

type Page = { name: string; path: string; cookie: string | null };

/** Lighthouse's run of one page; a run it could not record (it says "run again") is run again once. */
async function run(page: Page, preset: "mobile" | "desktop", port: number) {
  for (let attempt = 1; ; attempt++) {
    const result = await runOnce(page, preset, port);
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const error = result.lhr.runtimeError;
    if (!error) return result.lhr;
    if (attempt === 2) throw new Error(`${page.path}: ${error.message}`);
    console.error(`${page.path}: ${error.code}; running Lighthouse again.`);
  }
}

function runOnce(page: Page, preset: "mobile" | "desktop", port: number) {
  return lighthouse(
    `${BASE}${page.path}`,
    {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
    },
    preset === "desktop" ? desktopConfig : undefined,
  );
}

async function audit(page: Page, preset: "mobile" | "desktop", port: number) {
  const lhr = await run(page, preset, port);
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(`${BASE}${page.path}`).pathname)
    throw new Error(`${page.path} ended on ${lhr.finalDisplayedUrl}: is the cookie right?`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const summary = tableItems(lhr, "resource-summary") as {
    resourceType: string;
    transferSize: number;
  }[];
  const transferBytes = summary.find((item) => item.resourceType === "script")?.transferSize ?? 0;
  const requests = tableItems(lhr, "network-requests") as {
    url: string;
    resourceType?: string;
  }[];
  const scriptUrls = requests.filter((r) => r.resourceType === "Script").map((r) => r.url);
  const scriptBytes = (await Promise.all(scriptUrls.map(gzipBodySize))).reduce((a, b) => a + b, 0);
  const failedA11y = Object.values(lhr.audits)
    .filter(
      (a) => a.score === 0 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id),
    )
    .map((a) => a.id);
  const line = {
    page: page.name,
    path: page.path,
    preset,
    performance: score("performance"),
    accessibility: score("accessibility"),
    lcpMs: Math.round(numeric("largest-contentful-paint")),
    tbtMs: Math.round(numeric("total-blocking-time")),
    cls: Number(numeric("cumulative-layout-shift").toFixed(3)),
    jsKb: Number((scriptBytes / 1024).toFixed(1)),
    jsTransferKb: Number((transferBytes / 1024).toFixed(1)),
    // How fast Lighthouse found this machine (a recent laptop scores about 1,500–2,500): mobile
    // throttling multiplies the main thread's work by 4 whatever it is, so a slow or busy
    // machine inflates total blocking time.
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    ...(failedA11y.length > 0 ? { failedA11y } : {}),
  };
  const ok =
    line.performance >= BUDGET.performance &&
    line.accessibility >= BUDGET.accessibility &&
    line.cls <= BUDGET.cls &&
    line.jsKb <= BUDGET.jsKb;
  return { line: { ...line, ok }, ok };
}

async function main() {
  const presets =
    args.preset === "both"
      ? (["mobile", "desktop"] as const)
      : [args.preset as "mobile" | "desktop"];
  const dataDir = mkdtempSync(path.join(tmpdir(), "stride-bench-pages-"));
  let server: Server | undefined;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    // The embedded database, created, migrated and seeded with the demo on first open.
    server = await startStride({
      port: Number(args.port),
      pgliteDir: path.join(dataDir, "pglite"),
      authSecret: newSecret(),
    });
    const ava = await demoPerson("ava@stride.example");
    const dana = await demoPerson("dana@stride.example");
    const coach = await demoPerson("coach@stride.example");
    const groups = (await dana.person.call("query", "groups.list", null)).data as {
      id: string;
      name: string;
    }[];
    const group = groups.find((g) => g.name === "Sunrise Runners");
    if (!group) throw new Error("The demo group is missing: is this the demo database?");

    const pages: Page[] = [
      { name: "signin", path: "/signin", cookie: null },
      { name: "week", path: "/week", cookie: ava.cookie },
      { name: "goals", path: "/goals", cookie: ava.cookie },
      // A member, the people the feed is for (Ava owns the group and also loads its tools).
      { name: "group", path: `/groups/${group.id}`, cookie: dana.cookie },
      { name: "coach", path: "/coach", cookie: coach.cookie },
    ];
    chrome = await chromeLauncher.launch({
      chromePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
      chromeFlags: CHROME_FLAGS,
    });
    // One visit per page first, so the server's first-render work is not what gets measured.
    for (const page of pages)
      await fetch(`${BASE}${page.path}`, { headers: page.cookie ? { cookie: page.cookie } : {} });
    let allOk = true;
    for (const preset of presets)
      for (const page of pages) {
        const { line, ok } = await audit(page, preset, chrome.port);
        console.log(JSON.stringify(line));
        allOk &&= ok;
      }
    process.exitCode = allOk ? 0 : 1;
  } finally {
    chrome?.kill();
    server?.stop();
    await sleep(500);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
