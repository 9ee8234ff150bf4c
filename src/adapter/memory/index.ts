export * from "./createMemoryAdapter";
export * from "./generate";
