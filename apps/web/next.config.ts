import path from "node:path";
import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  // A self-contained bundle in .next/standalone: the server, the modules it loads and the
  // migrations, with no workspace node_modules needed (see docs/deploy.md).
  output: "standalone",
  outputFileTracingRoot: path.join(import.meta.dirname, "../.."),
  // Read at run time by path, so the tracer cannot see them: the start migrates from these.
  outputFileTracingIncludes: {
    "/*": ["../../packages/db/migrations/*.sql", "../../packages/db/migrations/meta/_journal.json"],
  },
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: [
    "@stride/api",
    "@stride/auth",
    "@stride/db",
    "@stride/domain",
    "@stride/mail",
    "@stride/queue",
    "@stride/runtime",
  ],
  // Native or WASM packages that must be loaded by Node as they are, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "rate-limiter-flexible",
    "nodemailer",
    "pg-boss",
  ],
  // Every response; pages also get a Content-Security-Policy with a nonce from src/proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          {
            key: "Permissions-Policy",
            value:
              "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
          },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default config;
