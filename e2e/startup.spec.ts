import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

test("a production server on Postgres refuses to start without AUTH_SECRET", async () => {
  const server = spawn("pnpm", ["--filter", "@stride/web", "start"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: "3197",
      // Never reached: the secret is checked before the database is opened.
      DATABASE_URL: "postgres://stride@127.0.0.1:1/never",
      AUTH_SECRET: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk) => {
    output += chunk;
  });
  server.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const exitCode = await new Promise<number | null>((resolve) => {
    server.on("exit", resolve);
    // If the check ever regresses the server would keep running: stop it so the test fails.
    setTimeout(() => server.kill("SIGKILL"), 45_000).unref();
  });

  expect(exitCode).not.toBe(0);
  expect(output).toContain("Stride refuses to start: AUTH_SECRET is not set.");
  expect(output).toContain("openssl rand -base64 33");
});
