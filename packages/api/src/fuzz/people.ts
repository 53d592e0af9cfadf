import { randomUUID } from "node:crypto";
import type { Database } from "@stride/db/client";
import { createCheckin, DEFAULT_TEST_PASSWORD } from "@stride/db/factories";
import { hashPassword } from "@stride/db/passwords";
import { getProfile, insertAccount } from "@stride/db/queries";
import { makeTarget } from "@stride/domain/goals";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { createContext } from "../context";
import { createCaller } from "../root";
import { NIL_UUID, PEOPLE_SETTINGS } from "./edge-values";
import { ID_REFS, REL_DATES, type Ref, type RelDate, TEXT_REFS } from "./sentinels";

type Caller = ReturnType<typeof createCaller>;

type Account = { id: string; email: string; timeZone: string; weekStart: WeekDay };

const KNOWN_REFS = new Set<string>([...ID_REFS, ...TEXT_REFS]);
const KNOWN_RELS = new Set<string>(REL_DATES);

/**
 * Makes the people the fuzz acts as. Accounts are written straight to the database with one
 * shared password hash (argon2 costs ~60 ms a hash), and each person gets their own helpers, so
 * abuse limits and state never leak from one person to the next.
 */
export class FuzzPeople {
  private passwordHash: Promise<string> | undefined;
  private count = 0;
  private addresses = 0;
  /** Rows a person could not get (say, after deleting their account): the id falls back to nil. */
  readonly fixtureFailures = new Map<string, number>();

  constructor(
    readonly db: Database,
    private readonly label: string,
  ) {}

  /** A client address of its own for each call, so sign-ups never share an address's count. */
  nextAddress() {
    this.addresses += 1;
    return `fuzz-${this.label}-${this.addresses}`;
  }

  callerAs(viewerId: string | null, signal?: AbortSignal): Caller {
    const ctx = createContext({ db: this.db, viewerId, clientAddress: this.nextAddress() });
    return createCaller(ctx, signal ? { signal } : undefined);
  }

  async account(name: string): Promise<Account> {
    this.passwordHash ??= hashPassword(DEFAULT_TEST_PASSWORD);
    const settings = PEOPLE_SETTINGS[this.count % PEOPLE_SETTINGS.length] ?? PEOPLE_SETTINGS[0];
    this.count += 1;
    const email = `fuzz-${this.label}-${this.count}-${randomUUID()}@test.stride.example`;
    const user = await insertAccount(this.db, {
      email,
      passwordHash: await this.passwordHash,
      name,
      timeZone: settings.timeZone,
      weekStart: settings.weekStart,
      distanceUnit: this.count % 2 === 0 ? "km" : "mi",
    });
    if (!user) throw new Error(`Could not create ${email}`);
    return { id: user.id, email, ...settings };
  }

  async person(): Promise<FuzzPerson> {
    return new FuzzPerson(this, await this.account(`Fuzz ${this.count + 1}`));
  }

  noteFailure(ref: string, error: unknown) {
    const key = `${ref}: ${error instanceof Error ? error.message : String(error)}`;
    this.fixtureFailures.set(key, (this.fixtureFailures.get(key) ?? 0) + 1);
  }
}

const isPlaceholder = (text: string) =>
  (text.startsWith("@ref:") && KNOWN_REFS.has(text.slice(5))) ||
  (text.startsWith("@rel:") && KNOWN_RELS.has(text.slice(5)));

/** Plain objects and arrays: what generated inputs are built of (Map, Set and Date are left be). */
function isWalkable(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const tokenOf = (path: string) => path.split("/").pop() ?? "";

/** A person the fuzz acts as, with the rows placeholders point at, made the first time needed. */
export class FuzzPerson {
  private readonly refs = new Map<Ref, Promise<string>>();
  private other: Promise<Account> | undefined;
  private coach: Promise<Account> | undefined;

  constructor(
    private readonly people: FuzzPeople,
    readonly account: Account,
  ) {}

  get id() {
    return this.account.id;
  }

  private get me() {
    return this.people.callerAs(this.id);
  }

  private as(account: Account) {
    return this.people.callerAs(account.id);
  }

  /** Someone else: a member of the person's group, their athlete, and a commenter. */
  private otherPerson() {
    this.other ??= this.people.account("Fuzz Friend");
    return this.other;
  }

  /** The person's own coach, who also hands out an unused coaching invitation. */
  private coachPerson() {
    this.coach ??= this.people.account("Fuzz Coach");
    return this.coach;
  }

  /** Today and the weeks around it in the person's zone, from the profile as it is now. */
  private async dates(account: Account = this.account): Promise<Record<RelDate, string>> {
    const profile = await getProfile(this.people.db, account.id);
    const timeZone = profile?.timeZone ?? account.timeZone;
    const weekStart = profile?.weekStart ?? account.weekStart;
    let today: string;
    try {
      today = todayIn(timeZone);
    } catch {
      today = todayIn("UTC");
    }
    const thisWeek = weekStartOf(today, weekStart);
    return {
      today,
      yesterday: addDaysTo(today, -1),
      tomorrow: addDaysTo(today, 1),
      thisWeek,
      thisWeekEnd: addDaysTo(thisWeek, 6),
      lastWeek: addDaysTo(thisWeek, -7),
      nextWeek: addDaysTo(thisWeek, 7),
      fourWeeksOn: addDaysTo(thisWeek, 27),
    };
  }

  /**
   * Replaces every "@ref:…" and "@rel:…" string in `value`, copying what changes and never
   * changing the generated value. Big inputs repeat one array or object thousands of times, so
   * each object is visited once (a walk of every element would take minutes).
   */
  async resolve(value: unknown): Promise<unknown> {
    const wanted = new Set<string>();
    const seen = new Set<object>();
    const collect = (v: unknown) => {
      if (typeof v === "string") {
        if (isPlaceholder(v)) wanted.add(v);
      } else if (isWalkable(v) && !seen.has(v)) {
        seen.add(v);
        for (const item of Object.values(v)) collect(item);
      }
    };
    collect(value);
    if (wanted.size === 0) return value;

    const values = new Map<string, string>();
    const dates = [...wanted].some((w) => w.startsWith("@rel:")) ? await this.dates() : undefined;
    for (const placeholder of wanted) {
      const name = placeholder.slice(5);
      values.set(
        placeholder,
        placeholder.startsWith("@ref:")
          ? await this.get(name as Ref)
          : (dates?.[name as RelDate] ?? placeholder),
      );
    }

    const copies = new Map<object, unknown>();
    const swap = (v: unknown): unknown => {
      if (typeof v === "string") return values.get(v) ?? v;
      if (!isWalkable(v)) return v;
      if (copies.has(v)) return copies.get(v);
      copies.set(v, v); // a cycle (none are generated) keeps the original
      let changed = false;
      let out: unknown;
      if (Array.isArray(v)) {
        const items = v.map((item) => {
          const swapped = swap(item);
          if (swapped !== item) changed = true;
          return swapped;
        });
        out = items;
      } else {
        const copy = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
        for (const key of Object.keys(v)) {
          const item = (v as Record<string, unknown>)[key];
          const swapped = swap(item);
          if (swapped !== item) changed = true;
          Object.defineProperty(copy, key, {
            value: swapped,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        out = copy;
      }
      const result = changed ? out : v;
      copies.set(v, result);
      return result;
    };
    return swap(value);
  }

  /** The id (or token, or email) a placeholder stands for; made once per person. */
  get(name: Ref): Promise<string> {
    let made = this.refs.get(name);
    if (!made) {
      made = this.make(name).catch((error: unknown) => {
        this.people.noteFailure(name, error);
        return name === "groupToken" || name === "coachToken" ? "x".repeat(43) : NIL_UUID;
      });
      this.refs.set(name, made);
    }
    return made;
  }

  private async goalDetail() {
    return this.me.goals.get({ id: await this.get("goal") });
  }

  private async micro(owner: Account, title: string, extra: Record<string, unknown> = {}) {
    const { thisWeek, today } = await this.dates(owner);
    const goal = await this.as(owner).goals.create({
      level: "micro",
      parentId: null,
      title,
      why: "",
      strategy: "",
      category: "running",
      visibility: "groups",
      target: makeTarget({
        unit: "mi",
        value: 10,
      }),
      periodStart: thisWeek,
      periodEnd: thisWeek,
      plan: [{ day: today, time: "07:00", activityType: "run", amount: 3, note: "Easy" }],
      checklist: ["Stretch"],
      weeks: [],
      ...extra,
    });
    return goal.id;
  }

  private async coachInviteToken(coach: Account) {
    const invite = await this.as(coach).coach.inviteLink({ expiresInDays: 7 });
    return tokenOf(invite.path);
  }

  private async make(name: Ref): Promise<string> {
    const me = this.me;
    switch (name) {
      case "self":
        return this.id;
      case "selfEmail":
        return this.account.email;
      case "email":
        return (await this.otherPerson()).email;
      case "goal":
        return this.micro(this.account, "Fuzz week");
      case "habitGoal":
        return this.micro(this.account, "Fuzz habit", {
          target: makeTarget({
            kind: "habit_days",
            unit: "days",
            value: 5,
            activityTypes: [],
          }),
          plan: [],
          checklist: [],
        });
      case "meso": {
        const { thisWeek, fourWeeksOn } = await this.dates();
        const goal = await me.goals.create({
          level: "meso",
          parentId: null,
          title: "Fuzz block",
          why: "",
          strategy: "",
          category: "running",
          visibility: "coach",
          target: makeTarget({
            value: 40,
            baseline: 30,
          }),
          periodStart: thisWeek,
          periodEnd: fourWeeksOn,
          plan: [],
          checklist: [],
          weeks: [],
        });
        return goal.id;
      }
      case "session": {
        const id = (await this.goalDetail()).plan[0]?.id;
        if (!id) throw new Error("The goal has no planned session");
        return id;
      }
      case "checklistItem": {
        const id = (await this.goalDetail()).checklist[0]?.id;
        if (!id) throw new Error("The goal has no checklist item");
        return id;
      }
      case "activity": {
        const { today } = await this.dates();
        const activity = await me.activities.create({
          date: today,
          startTime: "06:15",
          type: "run",
          name: "Fuzz run",
          distance: 5,
          durationSeconds: 1800,
          elevationGainMetres: 40,
          effort: 5,
          notes: "",
        });
        return activity.id;
      }
      case "group": {
        const group = await me.groups.create({
          name: "Fuzz group",
          description: "",
          weeklyTheme: "",
        });
        return group.id;
      }
      case "invite": {
        const groupId = await this.get("group");
        return (await me.groups.createInvite({ groupId, expiresInDays: 7, maxUses: 5 })).id;
      }
      case "groupToken": {
        const groupId = await this.get("group");
        const invite = await me.groups.createInvite({ groupId, expiresInDays: 7, maxUses: 5 });
        return tokenOf(invite.path);
      }
      case "member": {
        const groupId = await this.get("group");
        const invite = await me.groups.createInvite({ groupId, expiresInDays: 7, maxUses: 1 });
        const other = await this.otherPerson();
        await this.as(other).groups.join({ token: tokenOf(invite.path) });
        return other.id;
      }
      case "checkin": {
        const { lastWeek } = await this.dates();
        const checkin = await createCheckin(this.people.db, {
          athleteId: this.id,
          weekStart: lastWeek,
          wentWell: "Consistent mornings",
          mood: 4,
          energy: 3,
          visibility: "groups",
        });
        return checkin.id;
      }
      case "comment": {
        const checkinId = await this.get("checkin");
        const comment = await me.social.comment({
          checkinId,
          parentId: null,
          body: "Felt good 🏃",
          clientId: randomUUID(),
        });
        return comment.id;
      }
      case "otherComment": {
        const checkinId = await this.get("checkin");
        await this.get("member");
        const other = await this.otherPerson();
        const comment = await this.as(other).social.comment({
          checkinId,
          parentId: null,
          body: "Nice week!",
          clientId: randomUUID(),
        });
        return comment.id;
      }
      case "notification": {
        await this.get("otherComment");
        const id = (await me.notifications.list()).items[0]?.id;
        if (!id) throw new Error("No notification arrived");
        return id;
      }
      case "athlete": {
        const other = await this.otherPerson();
        const token = tokenOf((await me.coach.inviteLink({ expiresInDays: 7 })).path);
        await this.as(other).coaching.acceptInvite({ token });
        return other.id;
      }
      case "athleteGoal": {
        await this.get("athlete");
        const other = await this.otherPerson();
        return this.micro(other, "Athlete week", { visibility: "coach" });
      }
      case "myProposal": {
        const athleteId = await this.get("athlete");
        const goalId = await this.get("athleteGoal");
        const proposal = await me.coach.propose({
          kind: "change",
          athleteId,
          goalId,
          note: "",
          changes: { title: "A bit more" },
        });
        if (!proposal.id) throw new Error("No proposal id");
        return proposal.id;
      }
      case "coachLink": {
        const coach = await this.coachPerson();
        await me.coaching.acceptInvite({ token: await this.coachInviteToken(coach) });
        const link = (await me.coaching.myCoaches()).find((l) => l.coachId === coach.id);
        if (!link) throw new Error("The coaching link was not made");
        return link.linkId;
      }
      case "proposal": {
        await this.get("coachLink");
        const coach = await this.coachPerson();
        const proposal = await this.as(coach).coach.propose({
          kind: "change",
          athleteId: this.id,
          goalId: await this.get("goal"),
          note: "Try this",
          changes: { title: "Fuzz week, coached" },
        });
        if (!proposal.id) throw new Error("No proposal id");
        return proposal.id;
      }
      case "coachInvite":
        return (await me.coach.inviteLink({ expiresInDays: 7 })).id;
      case "coachToken":
        return this.coachInviteToken(await this.coachPerson());
      case "template": {
        const week = (value: number) => ({
          title: `Run ${value} km`,
          value,
          strategy: "",
          sessions: [
            { dayOffset: 0, time: "06:30", activityType: "run" as const, amount: 5, note: "" },
          ],
        });
        const template = await me.coach.createTemplate({
          name: "Fuzz block",
          description: "",
          title: "Build",
          why: "",
          category: "running",
          visibility: "coach",
          target: makeTarget({
            value: 40,
            baseline: 30,
          }),
          weeks: [week(32), week(34)],
        });
        return template.id;
      }
    }
  }
}
