export * from "./load";
export * from "./vdot";
