export * from "./evaluate";
export * from "./format";
export * from "./measure";
export * from "./rollup";
export * from "./series";
export * from "./states";
export * from "./tally";
export * from "./types";
