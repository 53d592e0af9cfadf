/**
 * The settings the test tooling reads from the environment, read here and nowhere else in the
 * specs and helpers (the Playwright config, a config file, reads its own).
 */
export const e2eEnv = {
  /** A Postgres server to make databases on (CI's); unset: the deploy specs start a cluster. */
  testDatabaseUrl: () => process.env.TEST_DATABASE_URL || undefined,
  /** The copy of the production bundle made by deploy/global-setup.ts for this run. */
  bundleDir: () => process.env.STRIDE_E2E_BUNDLE || undefined,
  /** Handed to a started bundle, which needs nothing else from this process's environment. */
  path: () => process.env.PATH ?? "/usr/bin:/bin",
};
