// The production server: `node apps/web/start.mjs` in the bundle that `pnpm build` makes in
// apps/web/.next/standalone (scripts/bundle.ts compiles this file there).
import { serve } from "./serve";

await serve({ dir: import.meta.dirname, dev: false });
