import { cpSync, lstatSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { e2eEnv } from "../env";

const STANDALONE = path.resolve(import.meta.dirname, "../../apps/web/.next/standalone");

/**
 * Copies the production bundle that `pnpm build` made into a temporary folder with no workspace
 * around it (no node_modules above it, no repository), as a deployment would. Run once per test
 * run by the global setup; returns the copy's folder and a function that removes it.
 */
export function copyBundle(): { dir: string; remove: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), "stride-bundle-"));
  const dir = path.join(parent, "stride");
  // Symlinks as they are: the bundle's own (node_modules/.pnpm) are relative to it.
  cpSync(STANDALONE, dir, { recursive: true, verbatimSymlinks: true });
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** Symlinks in `dir` that point outside it: a bundle that still leans on the workspace. */
export function linksLeaving(dir: string): string[] {
  const leaving: string[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const entry = path.join(folder, name);
      const stat = lstatSync(entry);
      if (stat.isSymbolicLink()) {
        const target = path.resolve(folder, readlinkSync(entry));
        if (!target.startsWith(`${dir}${path.sep}`)) leaving.push(`${entry} -> ${target}`);
      } else if (stat.isDirectory()) visit(entry);
    }
  };
  visit(dir);
  return leaving;
}

/** The bundle copy the global setup made for this run. */
export function bundleDir(): string {
  const dir = e2eEnv.bundleDir();
  if (!dir)
    throw new Error("No bundle copy: the e2e global setup (deploy/global-setup.ts) makes it.");
  return dir;
}
