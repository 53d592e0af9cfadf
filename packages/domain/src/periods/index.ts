export * from "./calendar";
export * from "./rules";
