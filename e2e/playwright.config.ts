import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The SMTP server of the global setup (mail-server.ts) listens here.
process.env.STRIDE_E2E_SMTP_PORT ??= String(port + 1000);

// One fresh embedded database for the whole run. Workers re-read this file, so the directory is
// made once in the main process and handed down through the environment.
process.env.STRIDE_E2E_DATA ??= mkdtempSync(path.join(tmpdir(), "stride-e2e-"));
const dataDir = process.env.STRIDE_E2E_DATA;

// Debian's Chromium where it exists (Playwright's own download is not reachable everywhere).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
  existsSync(p),
);

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // Copies the production bundle once for the specs that start it (deploy/*.spec.ts).
  // And starts the SMTP server the web server sends to (mail-server.ts).
  globalSetup: ["./deploy/global-setup.ts", "./mail-server.ts"],
  retries: 0,
  // Two workers share two cores with the server; the accessibility spec keeps one of them busy.
  // A test's own steps (each expect waits at most 10 s) decide failures; the whole-test limit
  // only stops a hung test, and leaves room for a slow machine: a test that opens three
  // signed-in tabs took 65 s here on a busy day and failed on this limit alone at 60 s.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    process.env.STRIDE_TEST_REPORT_DIR
      ? ["json", { outputFile: path.join(process.env.STRIDE_TEST_REPORT_DIR, "playwright.json") }]
      : ["html", { open: "never" }],
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production build made once by `pnpm test:e2e`; every spec runs against it.
    command: "pnpm --filter @stride/web start",
    url: `${baseURL}/signin`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      PGLITE_DIR: path.join(dataDir, "pglite"),
      AUTH_SECRET: "e2e-only-secret-0123456789-abcdefghijklmnop",
      DATABASE_URL: "",
      // Every spec signs up its own people from this one address; the limit itself is tested
      // in the integration tests (account.int.test.ts).
      STRIDE_SIGNUPS_PER_ADDRESS_PER_HOUR: "10000",
      // Warnings and errors only: a line per request would bury the test report (the request
      // lines are tested in deploy/bundle.spec.ts).
      LOG_LEVEL: "warn",
      SMTP_URL: `smtp://127.0.0.1:${process.env.STRIDE_E2E_SMTP_PORT}`,
      MAIL_FROM: "Stride <no-reply@stride.test>",
      APP_URL: baseURL,
    },
    stdout: "pipe",
    stderr: "pipe",
  },
});
