export * from "./consistency";
export * from "./outcomes";
export * from "./schemas";
export * from "./timing";
