import type { Database } from "@stride/db/client";
import { listOwnRecords } from "@stride/db/testing/read-models";
import { prefillOutcome } from "@stride/domain/checkins";
import { todayIn, weekStartOf } from "@stride/domain/periods";
import type { GoalProgress } from "@stride/domain/progress";
import { callerFor } from "./caller";

// For the cross-screen test (services/screens.int.test.ts): every figure a screen shows for a goal,
// as the screen's own procedure returns it, so the test can hold them to one another.

export type Sighting = { screen: string; progress: GoalProgress; suggested?: string };
type Node = { id: string; progress: GoalProgress; children: Node[] };

/** The same goal's progress as each screen shows it, by goal id. */
export class Sightings {
  readonly byGoal = new Map<string, Sighting[]>();
  see(goalId: string, sighting: Sighting) {
    const list = this.byGoal.get(goalId) ?? [];
    list.push(sighting);
    this.byGoal.set(goalId, list);
  }
  seeTree(screen: string, nodes: readonly Node[]) {
    for (const node of nodes) {
      this.see(node.id, { screen, progress: node.progress });
      this.seeTree(screen, node.children);
    }
  }
  /** Goals whose screens disagree about state, value, target or percent, or whose pre-fill
   * does not say what the state says. */
  contradictions() {
    const found: string[] = [];
    for (const [goalId, list] of this.byGoal) {
      const [first, ...rest] = list;
      if (!first) continue;
      const figures = (s: Sighting) => {
        const { state, value, target, percent } = s.progress;
        return JSON.stringify({ state, value, target, percent });
      };
      for (const other of rest) {
        if (figures(other) !== figures(first))
          found.push(
            `${goalId}: ${first.screen} ${figures(first)} ≠ ${other.screen} ${figures(other)}`,
          );
      }
      for (const s of list) {
        if (s.suggested && s.suggested !== prefillOutcome(first.progress))
          found.push(
            `${goalId}: ${s.screen} pre-fills ${s.suggested} beside ${first.progress.state}`,
          );
      }
    }
    return found;
  }
}

/**
 * Every screen an athlete and their coach see, for every goal: the tree, each goal's page, the
 * week and the check-ins of the recent weeks, the coach's athlete page and the triage.
 */
export async function lookAtEveryScreen(
  db: Database,
  athlete: { id: string; timeZone: string; weekStart: Parameters<typeof weekStartOf>[1] },
  coachId: string | null,
  options: { recentWeeks?: number } = {},
) {
  const sightings = new Sightings();
  const me = callerFor(db, athlete.id);
  const today = todayIn(athlete.timeZone);
  const thisWeek = weekStartOf(today, athlete.weekStart);
  const year = Number(today.slice(0, 4));
  const { own } = await listOwnRecords(db, athlete.id);

  sightings.seeTree("tree", (await me.goals.tree({ year, includeArchived: false })).roots);
  for (const goal of own.filter((g) => g.archivedAt === null)) {
    const page = await me.goals.get({ id: goal.id });
    sightings.see(goal.id, { screen: "goal page", progress: page.progress });
    if (page.parent)
      sightings.see(page.parent.id, {
        screen: "goal page (parent)",
        progress: page.parent.progress,
      });
    for (const child of page.children)
      sightings.see(child.id, { screen: "goal page (child)", progress: child.progress });
  }
  const weeks = [...new Set(own.filter((g) => g.level === "micro").map((g) => g.periodStart))]
    .filter((week) => week <= thisWeek)
    .sort()
    .slice(-(options.recentWeeks ?? 6));
  for (const weekStart of weeks) {
    const week = await me.week.get({ weekStart });
    for (const goal of week.goals) {
      sightings.see(goal.id, { screen: `week ${weekStart}`, progress: goal.progress });
      if (goal.meso)
        sightings.see(goal.meso.id, {
          screen: `week ${weekStart} (block)`,
          progress: goal.meso.progress,
        });
      if (goal.macro)
        sightings.see(goal.macro.id, {
          screen: `week ${weekStart} (macro)`,
          progress: goal.macro.progress,
        });
    }
    const checkin = await me.checkins.get({ weekStart });
    for (const item of checkin.items)
      sightings.see(item.goal.id, {
        screen: `check-in ${weekStart}`,
        progress: item.progress,
        suggested: item.suggested,
      });
  }
  if (coachId) {
    const coach = callerFor(db, coachId);
    const view = await coach.coach.athlete({ athleteId: athlete.id });
    sightings.seeTree("coach's athlete page", view.tree.roots);
    const row = (await coach.coach.triage({ tag: null })).athletes.find(
      (a) => a.athleteId === athlete.id,
    );
    for (const goal of [...(row?.macros ?? []), ...(row?.mesos ?? [])])
      sightings.see(goal.id, { screen: "triage", progress: goal.progress });
  }
  return sightings;
}
