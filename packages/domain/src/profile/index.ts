export * from "./schemas";
export * from "./time-zones";
