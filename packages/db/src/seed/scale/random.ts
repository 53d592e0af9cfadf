/**
 * A small seeded generator (mulberry32) and the draws the scale world needs. The same seed gives
 * the same world shape on every machine; ids and keys stay random (crypto.randomUUID).
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** A float in [min, max). */
  between: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** An item drawn with the given weights (one per item). */
  weighted: <T>(items: readonly T[], weights: readonly number[]) => T;
  /** `count` distinct items in random order. */
  sample: <T>(items: readonly T[], count: number) => T[];
};

export function createRandom(seed: number): Random {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick,
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let left = next() * total;
      for (const [index, item] of items.entries()) {
        left -= weights[index] ?? 0;
        if (left < 0) return item;
      }
      return pick(items);
    },
    sample: (items, count) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy.slice(0, count);
    },
  };
}

/** A separate stream per thing (an athlete, a batch), so one batch's draws never shift another's. */
export function streamFor(seed: number, ...keys: number[]): Random {
  let hash = seed ^ 0x9e3779b9;
  for (const key of keys) hash = Math.imul(hash ^ key, 0x85ebca6b) ^ (hash >>> 13);
  return createRandom(hash);
}
