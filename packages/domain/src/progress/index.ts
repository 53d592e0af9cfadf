export * from "./compute";
export * from "./format";
export * from "./measure";
export * from "./series";
export * from "./types";
