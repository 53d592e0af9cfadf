export * from "./consistency";
export * from "./constants";
export * from "./edits";
export * from "./outcomes";
export * from "./schemas";
export * from "./timing";
