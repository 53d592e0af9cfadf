import type { Database } from "@stride/db/client";

// "A refused call changes nothing", checked on the database itself: row counts and an md5 of
// every row of every table (found in the catalog, so a new table is covered without an edit).
//
// The Postgres run shares one database between test files running at once, so a whole-table
// checksum would see other files' writes. The checksum is therefore scoped to the rows of the
// world under test, found generically through the foreign keys: start from the world's people
// (users.id) and keep adding every row that references a known row, and every row a known row
// references, until nothing new turns up. Worlds never touch each other, so this is exactly the
// world's rows. A row a refused call inserts references the world (or it would not matter to
// it), a row it deletes disappears, and a row it updates changes its md5: all show up.
//
// A second, narrower scope ("owned") holds only the owner's own rows, for "a call on the
// caller's own records leaves the owner's untouched": see filterFor. Both are shown to notice
// changes (and ignore other worlds) in snapshot.int.test.ts.

/**
 * Counters that change on every call by design (the abuse limits), and the triage's snapshots,
 * which a coach's read makes when missing (a cache of rows the world already has), not data.
 */
const EXCLUDED_TABLES = new Set(["rate_limits", "triage_snapshots"]);

type ForeignKey = {
  table: string;
  column: string;
  refTable: string;
  refColumn: string;
  /** ON DELETE CASCADE: the row goes with the row it references. */
  cascade: boolean;
};
type Catalog = { tables: string[]; keys: ForeignKey[]; targets: Map<string, string[]> };

type Mode = "connected" | "owned";
/** Known values of referenced columns, keyed "table.column" ("users.id", "goals.id"…). */
export type Scope = { mode: Mode; known: Map<string, Set<string>> };
/** Per table: "rows:md5" of the scoped rows. */
export type Snapshot = Record<string, string>;

async function select(db: Database, query: string): Promise<Record<string, unknown>[]> {
  // postgres.js returns the rows as an array, PGlite as `{ rows }`.
  const result = (await db.execute(query)) as unknown;
  return Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows;
}

const catalogs = new WeakMap<Database, Promise<Catalog>>();

async function loadCatalog(db: Database): Promise<Catalog> {
  const tables = (
    await select(
      db,
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  )
    .map((row) => String(row.name))
    .filter((name) => !EXCLUDED_TABLES.has(name));
  const keys = (
    await select(
      db,
      `select src.relname as "table", a.attname as "column", dst.relname as "refTable",
              b.attname as "refColumn", cardinality(c.conkey) as width,
              c.confdeltype = 'c' as cascade
       from pg_constraint c
       join pg_namespace n on n.oid = c.connamespace
       join pg_class src on src.oid = c.conrelid
       join pg_class dst on dst.oid = c.confrelid
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       join pg_attribute b on b.attrelid = c.confrelid and b.attnum = c.confkey[1]
       where c.contype = 'f' and n.nspname = 'public'
       order by 1, 2`,
    )
  ).map((row) => {
    if (Number(row.width) !== 1)
      throw new Error(`Multi-column foreign key on ${String(row.table)}: teach snapshot.ts`);
    return {
      table: String(row.table),
      column: String(row.column),
      refTable: String(row.refTable),
      refColumn: String(row.refColumn),
      cascade: row.cascade === true || row.cascade === "t",
    };
  });
  const targets = new Map<string, string[]>();
  for (const key of keys) {
    const columns = targets.get(key.refTable) ?? [];
    if (!columns.includes(key.refColumn)) columns.push(key.refColumn);
    targets.set(key.refTable, columns);
  }
  return { tables, keys, targets };
}

function catalogOf(db: Database) {
  let catalog = catalogs.get(db);
  if (!catalog) {
    catalog = loadCatalog(db);
    catalogs.set(db, catalog);
  }
  return catalog;
}

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The known values as a CTE, so each table's filter names them once, not inline. */
function knownValues(scope: Scope) {
  const rows = [...scope.known].flatMap(([key, values]) =>
    [...values].map((value) => `(${literal(key)}, ${literal(value)})`),
  );
  return `with known(k, v) as (values ${rows.length > 0 ? rows.join(", ") : "('', '')"})`;
}

const isKnown = (column: string, key: string) =>
  `x.${ident(column)}::text in (select v from known where k = ${literal(key)})`;

/**
 * Which rows of `table` are in scope. "connected": a row that references a known row, or is one.
 * "owned": a row the owner's account takes with it when deleted (reached through ON DELETE
 * CASCADE keys), except a row that belongs straight to someone else (its cascading user columns
 * name only others: the coach's notification about the owner's goal, the member's reaction).
 */
function filterFor(catalog: Catalog, table: string, mode: Mode): string | null {
  const keys = catalog.keys.filter((key) => key.table === table);
  const self = (catalog.targets.get(table) ?? []).map((column) =>
    isKnown(column, `${table}.${column}`),
  );
  if (mode === "owned") {
    const people = keys.filter((key) => key.cascade && key.refTable === "users");
    const tests =
      people.length > 0
        ? people.map((key) => isKnown(key.column, "users.id"))
        : [
            ...keys
              .filter((key) => key.cascade)
              .map((key) => isKnown(key.column, `${key.refTable}.${key.refColumn}`)),
            ...self,
          ];
    return tests.length > 0 ? tests.join(" or ") : null;
  }
  const tests = [
    ...keys.map((key) => isKnown(key.column, `${key.refTable}.${key.refColumn}`)),
    ...self,
  ];
  return tests.length > 0 ? tests.join(" or ") : null;
}

/**
 * The rows around `peopleIds`. "connected": everything linked to them, both ways (their groups,
 * the other members' rows in them…): a world. "owned": only what is theirs (their goals, their
 * goals' sessions, comments on their check-ins…), not the rows those rows point at.
 */
export async function scopeOf(
  db: Database,
  peopleIds: readonly string[],
  mode: Mode,
): Promise<Scope> {
  const catalog = await catalogOf(db);
  const scope: Scope = { mode, known: new Map([["users.id", new Set(peopleIds)]]) };
  for (let round = 0; round < 20; round++) {
    const parts = catalog.tables.flatMap((table) => {
      const filter = filterFor(catalog, table, mode);
      const outputs = [
        ...(catalog.targets.get(table) ?? []).map((column) => [`${table}.${column}`, column]),
        ...(mode === "connected"
          ? catalog.keys
              .filter((key) => key.table === table)
              .map((key) => [`${key.refTable}.${key.refColumn}`, key.column])
          : []),
      ];
      if (!filter || outputs.length === 0) return [];
      const values = outputs.map(
        ([key, column]) => `(${literal(key ?? "")}, x.${ident(column ?? "")}::text)`,
      );
      return [
        `select o.k, o.v from ${ident(table)} x cross join lateral (values ${values.join(", ")}) o(k, v)
         where (${filter}) and o.v is not null`,
      ];
    });
    const found = await select(db, `${knownValues(scope)} ${parts.join(" union ")}`);
    let grew = false;
    for (const row of found) {
      const key = String(row.k);
      const values = scope.known.get(key) ?? new Set<string>();
      if (!values.has(String(row.v))) {
        values.add(String(row.v));
        grew = true;
      }
      scope.known.set(key, values);
    }
    if (!grew) return scope;
  }
  throw new Error("The scope kept growing for 20 rounds");
}

/** Row count and md5 of the scoped rows of every table, in one statement. */
export async function snapshotOf(db: Database, scope: Scope): Promise<Snapshot> {
  const catalog = await catalogOf(db);
  const parts = catalog.tables.flatMap((table) => {
    const filter = filterFor(catalog, table, scope.mode);
    if (!filter) return [];
    return [
      `select ${literal(table)} as t, count(*)::int as n,
              md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as h
       from ${ident(table)} x where ${filter}`,
    ];
  });
  const rows = await select(db, `${knownValues(scope)} ${parts.join(" union all ")}`);
  return Object.fromEntries(
    rows.map((row) => [String(row.t), `${String(row.n)}:${String(row.h)}`]),
  );
}
