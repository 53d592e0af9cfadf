import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// CI collects a JSON report of each run to fail on skipped tests (see .ci/summarize-tests.mjs).
const reportDir = process.env.STRIDE_TEST_REPORT_DIR;

// Mail sent by tests that bring no SMTP catcher goes to a scratch outbox, never to .data/mail.
const testOutbox = path.join(tmpdir(), "stride-test-outbox");

const exclude = ["**/node_modules/**", "**/.next/**", "e2e/**"];
const integration = ["packages/*/src/**/*.int.test.ts", "apps/*/src/**/*.int.test.ts"];

// Three tiers by file name: *.test.ts (unit), *.int.test.ts (integration, once per database
// driver) and e2e/*.spec.ts (Playwright, run separately against the production build).
export default defineConfig({
  test: {
    // Both cores. Files share their worker's loaded modules (and, on PGlite, its database):
    // no test mocks modules or changes globals, and loading the API afresh for each of some 240
    // files cost minutes.
    maxWorkers: 2,
    isolate: false,
    minWorkers: 1,
    // Every unhandled error fails the run, except Vitest's own progress timeout: see
    // vitest.unhandled.ts.
    dangerouslyIgnoreUnhandledErrors: true,
    reporters: [
      "default",
      "./vitest.unhandled.ts",
      ...(reportDir
        ? [
            ["json", { outputFile: path.join(reportDir, `vitest-${process.pid}.json`) }] as [
              "json",
              { outputFile: string },
            ],
          ]
        : []),
    ],
    projects: [
      {
        // The web app's own import alias (apps/web/tsconfig.json), for its form models' tests.
        resolve: { alias: { "~": path.resolve(import.meta.dirname, "apps/web/src") } },
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "apps/*/src/**/*.test.ts",
            "apps/*/server/**/*.test.ts",
          ],
          exclude: [...exclude, "**/*.int.test.ts"],
        },
      },
      {
        test: {
          name: "int-pglite",
          include: integration,
          // *.pg.int.test.ts test the Postgres driver itself: the Postgres project only.
          exclude: [...exclude, "**/*.pg.int.test.ts"],
          globalSetup: ["./vitest.int-setup.ts"],
          env: { STRIDE_TEST_DRIVER: "pglite", MAIL_OUTBOX_DIR: testOutbox },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Also against a real Postgres server when TEST_DATABASE_URL names one (CI: Postgres 15).
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                name: "int-postgres",
                include: integration,
                // The fuzz's 40,000 calls and the access matrix's 800 run once (on PGlite) to keep
                // the test command under ten minutes; STRIDE_FULL_POSTGRES=1 runs them here too.
                // The query budgets count statements on a PGlite of their own whatever the driver.
                exclude: [
                  ...exclude,
                  "packages/api/src/budgets/**",
                  ...(process.env.STRIDE_FULL_POSTGRES
                    ? []
                    : ["packages/api/src/fuzz/**", "packages/api/src/access-matrix/**"]),
                ],
                globalSetup: ["./vitest.int-setup.ts"],
                env: { STRIDE_TEST_DRIVER: "postgres", MAIL_OUTBOX_DIR: testOutbox },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
