import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@stride/api", "@stride/auth", "@stride/db", "@stride/domain"],
  // Native or WASM packages that must be loaded by Node as they are, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "rate-limiter-flexible"],
};

export default config;
