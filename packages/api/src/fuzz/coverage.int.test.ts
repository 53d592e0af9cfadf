import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appRouter } from "../root";
import { AREAS, type Area, inArea } from "./areas";
import { listProcedures, topLevelKeys } from "./procedures";

const here = import.meta.dirname;

describe("the fuzz covers every procedure", () => {
  const procedures = listProcedures();

  it("lists the router's procedures, read from the router itself", () => {
    expect(procedures.map((p) => p.path).sort()).toEqual(
      Object.keys(appRouter._def.procedures).sort(),
    );
    expect(procedures.length).toBeGreaterThan(0);
  });

  it("puts every procedure in exactly one area", () => {
    const areas = Object.keys(AREAS) as Area[];
    const homeless = procedures.filter((p) => areas.filter((a) => inArea(p.path, a)).length !== 1);
    expect(homeless.map((p) => p.path)).toEqual([]);
  });

  it("has a test file that fuzzes each area", () => {
    const files = readdirSync(here).filter((f) => f.endsWith(".int.test.ts"));
    for (const area of Object.keys(AREAS)) {
      const file = `${area}.int.test.ts`;
      expect(files).toContain(file);
      expect(readFileSync(path.join(here, file), "utf8")).toContain(`fuzzArea("${area}")`);
    }
  });

  it("reads a JSON Schema for every input, with the keys an object input has", () => {
    for (const procedure of procedures) {
      for (const schema of procedure.inputs) {
        expect(schema, procedure.path).toBeTypeOf("object");
      }
      if (procedure.inputs.length > 0) {
        expect(topLevelKeys(procedure.inputs).length, procedure.path).toBeGreaterThan(0);
      }
    }
  });
});
