export * from "./load";
export * from "./prediction";
export * from "./vdot";
