/**
 * Draws the app's icons (the web manifest's 192 and 512 px, and a maskable one with the mark
 * inside the safe zone) into public/icons from one SVG. Run by hand when the mark changes
 * (`pnpm --filter @stride/web exec tsx scripts/icons.ts`); the PNGs are committed.
 */
import path from "node:path";
import sharp from "sharp";

const BRAND = "#0b8457";
const out = path.resolve(import.meta.dirname, "..", "public", "icons");

/** A stride mark (three rising bars) on the brand green; `inset` keeps it in the safe zone. */
function mark(size: number, inset: number, rounded: boolean) {
  const inner = size - 2 * inset;
  const bar = inner / 5;
  const bars = [0.45, 0.7, 0.95]
    .map((height, i) => {
      const h = inner * height * 0.7;
      const x = inset + bar * (0.5 + i * 1.5);
      const y = inset + inner * 0.85 - h;
      return `<rect x="${x}" y="${y}" width="${bar}" height="${h}" rx="${bar / 4}" fill="#fff"/>`;
    })
    .join("");
  const radius = rounded ? size * 0.2 : 0;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" rx="${radius}" fill="${BRAND}"/>${bars}</svg>`,
  );
}

for (const size of [192, 512]) {
  await sharp(mark(size, size * 0.12, true))
    .png()
    .toFile(path.join(out, `icon-${size}.png`));
}
// Maskable: the platform cuts its own shape, so the mark stays in the middle 80%.
await sharp(mark(512, 512 * 0.22, false))
  .png()
  .toFile(path.join(out, "maskable-512.png"));
console.info(`Icons written to ${out}`);
