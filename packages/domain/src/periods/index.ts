export * from "./calendar";
export * from "./day-labels";
export * from "./rules";
export * from "./schemas";
