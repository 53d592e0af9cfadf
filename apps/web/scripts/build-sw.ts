/**
 * Builds the service worker (sw/sw.ts, with Serwist) into public/sw.js, before `next build` (run
 * by `pnpm build`), so Next serves it at /sw.js and the bundle step copies it with the other
 * public files. Next's own bundler (Turbopack) has no service worker plugin; this is a plain
 * esbuild step. The offline page's hash is its precache revision.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const web = path.resolve(import.meta.dirname, "..");
const offline = readFileSync(path.join(web, "public", "offline.html"));

await build({
  entryPoints: [path.join(web, "sw", "sw.ts")],
  outfile: path.join(web, "public", "sw.js"),
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  define: {
    OFFLINE_REVISION: JSON.stringify(
      createHash("sha256").update(offline).digest("hex").slice(0, 16),
    ),
    "process.env.NODE_ENV": '"production"',
  },
  logLevel: "warning",
});
console.info("Service worker ready: public/sw.js");
