import { describe, expect, it } from "vitest";
import { extraCellsProblem, readAmount, readCsv } from "./csv";

describe("readCsv", () => {
  it("gives each row the line it starts on, through quoted line breaks and blank lines", () => {
    const table = readCsv('a,b\r\n1,"x\r\ny"\r\n\r\n2,z\n\n\n3,w');
    expect(table.header).toEqual(["a", "b"]);
    expect(table.rows.map((row) => [row.line, row.cells])).toEqual([
      [2, ["1", "x\ny"]],
      [5, ["2", "z"]],
      [8, ["3", "w"]],
    ]);
  });

  it("starts at the first line that is not blank", () => {
    expect(readCsv("\n\n a , b \n1,2").header).toEqual(["a", "b"]);
    expect(readCsv("").header).toEqual([]);
  });

  it("marks a row whose quote never closes", () => {
    const [row] = readCsv('a,b\n1,"open\n2,3').rows;
    expect(row?.problem).toMatch(/never closed/);
  });

  it("notices values beyond the header", () => {
    const table = readCsv("a,b\n1,2,3\n1,2,,");
    expect(
      extraCellsProblem(table.rows[0] ?? { line: 0, cells: [], problem: null }, table.header),
    ).toMatch(/^the row has 3 values where the header has 2/);
    expect(
      extraCellsProblem(table.rows[1] ?? { line: 0, cells: [], problem: null }, table.header),
    ).toBeNull();
  });
});

describe("readAmount", () => {
  it("reads blanks as null and refuses what is not a number ≥ 0", () => {
    const problems: string[] = [];
    const describe = (quoted: string) => `the value ${quoted} is bad`;
    expect(readAmount("", describe, problems)).toBeNull();
    expect(readAmount("12.5", describe, problems)).toBe(12.5);
    expect(readAmount("-1", describe, problems)).toBeNull();
    expect(readAmount("12 km", describe, problems)).toBeNull();
    expect(problems).toEqual(['the value "-1" is bad', 'the value "12 km" is bad']);
  });
});
