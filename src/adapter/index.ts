export * from "./types";
export * from "./errors";
export * from "./http";
export * from "./bulk";
export * from "./export";
export * from "./resolve";
