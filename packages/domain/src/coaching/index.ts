export * from "./proposals";
export * from "./ranking";
export * from "./schemas";
export * from "./signals";
export * from "./templates";
