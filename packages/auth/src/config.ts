import { randomUUID } from "node:crypto";
import { getDatabase } from "@stride/db/client";
import { dataDir } from "@stride/db/env";
import { endSession } from "@stride/db/queries";
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientAddressOf } from "./client-address";
import { verifyCredentials } from "./credentials";
import { resolveAuthSecret } from "./env";
import { rememberedDecode, sessionUserOf } from "./session";
import "./next-auth-types";

// The codes reach the browser in the sign-in response; they must not say whether an email exists.
class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `throttled-${retryAfterSeconds}`;
  }
}

const THIRTY_DAYS = 30 * 24 * 60 * 60;

export function createAuthConfig(): NextAuthConfig {
  return {
    secret: resolveAuthSecret({ dataDir: dataDir() }),
    // The app runs behind whatever host it is given (localhost, a load balancer).
    trustHost: true,
    session: { strategy: "jwt", maxAge: THIRTY_DAYS },
    jwt: { decode: rememberedDecode },
    pages: { signIn: "/signin" },
    logger: {
      // A wrong password is an everyday event, not a server error worth a stack trace.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        // A forged, expired or foreign cookie is treated as signed out; one line is enough.
        if ("type" in error && error.type === "JWTSessionError") {
          console.warn("Stride: ignored a session cookie that could not be verified.");
          return;
        }
        console.error(error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const db = await getDatabase();
          const result = await verifyCredentials(db, {
            email: credentials.email,
            password: credentials.password,
            clientAddress: clientAddressOf(request.headers),
          });
          if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion };
          if (result.reason === "throttled") throw new ThrottledSignIn(result.retryAfterSeconds);
          throw new InvalidCredentials();
        },
      }),
    ],
    events: {
      // Signing out ends this session on the server too, so a copy of its cookie stops working.
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        const { uid, sid, exp } = token ?? {};
        if (typeof uid !== "string" || typeof sid !== "string") return;
        await endSession(await getDatabase(), {
          userId: uid,
          sessionId: sid,
          expiresAt: new Date(
            typeof exp === "number" ? exp * 1000 : Date.now() + THIRTY_DAYS * 1000,
          ),
        });
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
          token.sid = randomUUID();
          return token;
        }
        // Checked on every use of the session: a password change (which bumps the version) or a
        // deleted account ends every other session at once, and signing out ends this one.
        // Returning null clears the cookie.
        return (await sessionUserOf(token)) ? token : null;
      },
      session({ session, token }) {
        if (typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
}
