export * from "./types";
export * from "./query";
export * from "./permissions";
export * from "./password";
export * from "./publicSchemas";
export * from "./csv";
export * from "./text";
