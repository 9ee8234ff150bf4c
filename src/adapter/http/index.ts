export * from "./createHttpAdapter";
