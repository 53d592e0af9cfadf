import { randomBytes } from "node:crypto";
import { keptInDataFile } from "@stride/db/env";
import proxyaddr from "proxy-addr";
import { z } from "zod";

const unset = z.literal("").transform(() => undefined);

/** Addresses or ranges (`10.0.0.0/8`, `::1`, or proxy-addr's `loopback`, `uniquelocal`). */
const proxyList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .superRefine((list, ctx) => {
    try {
      proxyaddr.compile(list);
    } catch (error) {
      ctx.addIssue({
        code: "custom",
        message: `TRUSTED_PROXIES must list IP addresses or CIDR ranges separated by commas (${(error as Error).message})`,
      });
    }
  });

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
  /** The proxies whose X-Forwarded-For may be believed; without it the socket's address counts. */
  TRUSTED_PROXIES: unset.or(proxyList).optional(),
  /** Or: how many proxies stand in front of every request (a load balancer: 1). */
  TRUSTED_PROXY_HOPS: unset
    .or(
      z.coerce
        .number()
        .int("TRUSTED_PROXY_HOPS must be a whole number of proxies")
        .min(1, "TRUSTED_PROXY_HOPS must be at least 1 (leave it unset when there is no proxy)")
        .max(10, "TRUSTED_PROXY_HOPS must be at most 10"),
    )
    .optional(),
});

const checked = schema.refine((env) => !(env.TRUSTED_PROXIES && env.TRUSTED_PROXY_HOPS), {
  message: "Set TRUSTED_PROXIES or TRUSTED_PROXY_HOPS, not both",
});

export type AuthEnv = z.infer<typeof schema>;

/** The settings from an environment; throws naming the variable that is wrong. */
export function parseAuthEnv(raw: Record<string, string | undefined>): AuthEnv {
  return checked.parse(raw);
}

export const env: AuthEnv = parseAuthEnv(process.env);

/** Whether an address `hops` steps from the server is a proxy to see past; null: no proxies. */
export type ProxyTrust = (address: string, hop: number) => boolean;

export function proxyTrustOf(
  settings: Pick<AuthEnv, "TRUSTED_PROXIES" | "TRUSTED_PROXY_HOPS">,
): ProxyTrust | null {
  const { TRUSTED_PROXIES: list, TRUSTED_PROXY_HOPS: hops } = settings;
  if (list?.length) return proxyaddr.compile(list);
  if (hops) return (_address, hop) => hop < hops;
  return null;
}

export const proxyTrust = proxyTrustOf(env);

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

/**
 * The key that signs session cookies. A production server must be given one; a local run on the
 * embedded database gets one generated once and kept in `.data/auth-secret`, so sessions survive
 * restarts without any setup.
 */
export function resolveAuthSecret(options: { dataDir: string; env?: AuthEnv }): string {
  const { AUTH_SECRET, NODE_ENV, DATABASE_URL } = options.env ?? env;
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === "production" && DATABASE_URL) throw new MissingAuthSecretError();
  return keptInDataFile({
    dir: options.dataDir,
    name: "auth-secret",
    make: () => randomBytes(33).toString("base64"),
    notice:
      "AUTH_SECRET is not set, so a local one was created. Set AUTH_SECRET yourself in production",
  });
}
