export * from "./types";
export * from "./errors";
export * from "./memory";
export * from "./http";
