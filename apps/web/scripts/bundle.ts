/**
 * Completes the production bundle that `next build` leaves in .next/standalone (run after it by
 * `pnpm build`): Stride's server compiled to apps/web/start.mjs, and the static files, which
 * Next leaves out of the bundle for a CDN to serve and Stride serves itself.
 */
import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const web = path.resolve(import.meta.dirname, "..");
const app = path.join(web, ".next", "standalone", "apps", "web");
if (!existsSync(app)) throw new Error(`No standalone build in ${app}: run \`next build\` first.`);

cpSync(path.join(web, ".next", "static"), path.join(app, ".next", "static"), { recursive: true });
if (existsSync(path.join(web, "public")))
  cpSync(path.join(web, "public"), path.join(app, "public"), { recursive: true });

await build({
  entryPoints: [path.join(web, "server", "start.ts")],
  outfile: path.join(app, "start.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  // The bundle's own Next, which next build traced into its node_modules. Everything else the
  // server needs (pino, zod, the runtime package) is compiled in.
  external: ["next"],
  // pino and its helpers are CommonJS: give them require, __filename and __dirname in ESM.
  banner: {
    js: [
      'import { createRequire as __strideRequire } from "node:module";',
      'import { fileURLToPath as __strideFileURLToPath } from "node:url";',
      "const require = __strideRequire(import.meta.url);",
      "const __filename = __strideFileURLToPath(import.meta.url);",
      'const __dirname = __filename.replace(/[\\\\/][^\\\\/]*$/, "");',
    ].join("\n"),
  },
  logLevel: "warning",
});
console.info(`Bundle ready: node ${path.relative(web, path.join(app, "start.mjs"))}`);
