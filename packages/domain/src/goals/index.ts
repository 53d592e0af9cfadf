export * from "./constants";
export * from "./quality";
export * from "./ramp";
export * from "./revisions";
export * from "./schemas";
export * from "./structure";
export * from "./targets";
export * from "./tree";
