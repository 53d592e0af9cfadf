export * from "./proposals";
export * from "./schemas";
export * from "./signals";
export * from "./templates";
