import { randomUUID } from "node:crypto";
import { checkinInput } from "../checkin-input";
import { VirtualUser } from "../load/client";

export const PASSWORD = "deploy-password-123";

/** A tRPC call that must succeed; resolves with its data. */
export async function must<T>(
  user: VirtualUser,
  kind: "query" | "mutation",
  path: string,
  input: unknown,
): Promise<T> {
  const answer = await user.call(kind, path, input);
  if (answer.status !== 200)
    throw new Error(`${path} answered ${answer.status} ${answer.code}: ${answer.message ?? ""}`);
  return answer.data as T;
}

/** A new account on the server at `base`, signed in there. */
export async function signedUp(base: string, name: string): Promise<VirtualUser> {
  const user = new VirtualUser(base, `deploy-${randomUUID()}@test.stride.example`, PASSWORD);
  await must(user, "mutation", "account.signUp", { name, email: user.email, password: PASSWORD });
  await user.signIn();
  return user;
}

/** The same person, with the same cookies, talking to another instance. */
export function sameSessionOn(user: VirtualUser, base: string): VirtualUser {
  const there = new VirtualUser(base, user.email, user.password);
  for (const [name, value] of user.cookies) there.cookies.set(name, value);
  return there;
}

/** A group of `owner` and `member`, and the owner's check-in of this week shared with it. */
export async function groupWithCheckin(owner: VirtualUser, member: VirtualUser) {
  const group = await must<{ id: string }>(owner, "mutation", "groups.create", {
    name: "Deploy group",
    description: "",
    weeklyTheme: "",
  });
  const invite = await must<{ path: string }>(owner, "mutation", "groups.createInvite", {
    groupId: group.id,
    expiresInDays: 1,
    maxUses: 5,
  });
  const token = invite.path.split("/join/")[1] ?? "";
  await must(member, "mutation", "groups.join", { token });
  const week = await must<{ weekStart: string }>(owner, "query", "week.get", { weekStart: null });
  const checkin = await must<{ id: string }>(
    owner,
    "mutation",
    "checkins.submit",
    checkinInput(week.weekStart, { wentWell: "A good week" }),
  );
  return { groupId: group.id, checkinId: checkin.id, inviteToken: token };
}

/** A comment on a check-in; resolves with its id. */
export async function comment(user: VirtualUser, checkinId: string, body: string) {
  const posted = await must<{ id: string }>(user, "mutation", "social.comment", {
    checkinId,
    parentId: null,
    body,
    clientId: randomUUID(),
  });
  return posted.id;
}

/**
 * One sign-in attempt through next-auth's credentials endpoint, as the sign-in form makes it;
 * resolves with "signed-in" or the code the form shows a message for ("invalid", "throttled-…").
 */
export async function signInOutcome(base: string, email: string, password: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-auth-return-redirect": "1",
      cookie,
    },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/week` }),
  });
  if (response.headers.getSetCookie().some((line) => line.includes("session-token=")))
    return "signed-in";
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("code") ?? "unknown";
}
