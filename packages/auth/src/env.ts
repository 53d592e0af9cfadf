import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  AUTH_SECRET: z
    .string()
    .min(
      32,
      "AUTH_SECRET must be at least 32 characters; generate one with `openssl rand -base64 33`",
    )
    .optional()
    .or(z.literal("").transform(() => undefined)),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
});

export type AuthEnv = z.infer<typeof schema>;

export const env: AuthEnv = schema.parse(process.env);

export class MissingAuthSecretError extends Error {
  constructor() {
    super(
      "Stride refuses to start: AUTH_SECRET is not set. In production (NODE_ENV=production with a " +
        "DATABASE_URL) sessions must be signed with a secret you keep. Generate one with " +
        "`openssl rand -base64 33` and set AUTH_SECRET before starting the server.",
    );
    this.name = "MissingAuthSecretError";
  }
}

const resolved = new Map<string, string>();

/**
 * The key that signs session cookies. A production server must be given one; a local run on the
 * embedded database gets one generated once and kept in `.data/auth-secret`, so sessions survive
 * restarts without any setup.
 */
export function resolveAuthSecret(options: { dataDir: string; env?: AuthEnv }): string {
  const { AUTH_SECRET, NODE_ENV, DATABASE_URL } = options.env ?? env;
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === "production" && DATABASE_URL) throw new MissingAuthSecretError();

  const file = path.join(options.dataDir, "auth-secret");
  const known = resolved.get(file);
  if (known) return known;
  let secret: string;
  if (existsSync(file)) {
    secret = readFileSync(file, "utf8").trim();
  } else {
    mkdirSync(options.dataDir, { recursive: true });
    secret = randomBytes(33).toString("base64");
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    console.info(
      `Stride: AUTH_SECRET is not set, so a local one was created in ${file}. ` +
        "Set AUTH_SECRET yourself in production.",
    );
  }
  resolved.set(file, secret);
  return secret;
}
