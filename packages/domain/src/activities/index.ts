export * from "./plausibility";
export * from "./schemas";
