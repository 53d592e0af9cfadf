import { copyBundle } from "./bundle";

/** One copy of the production bundle for the specs that start it (deploy/*.spec.ts). */
export default function globalSetup() {
  const { dir, remove } = copyBundle();
  process.env.STRIDE_E2E_BUNDLE = dir;
  return remove;
}
