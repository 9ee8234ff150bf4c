export * from "./types";
export * from "./query";
export * from "./permissions";
export * from "./password";
export * from "./schemas";
export * from "./csv";
export * from "./text";
