export * from "./batches";
export * from "./kinds";
