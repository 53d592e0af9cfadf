export * from "./load";
export * from "./prediction";
export * from "./vdot";
export * from "./workout";
export * from "./workout-examples";
export * from "./workout-format";
