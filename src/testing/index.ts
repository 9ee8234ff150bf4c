// portal-customer-admin/testing: helpers for hosts testing their integration.
export { createMemoryAdapter, generateCustomers, DEFAULT_ADMIN_CONTEXT } from "../adapter/memory";
export type { MemoryAdapter, MemoryAdapterOptions, GenerateCustomersOptions } from "../adapter/memory";
export { checkAdapterContract } from "./checkAdapterContract";
export type { CheckAdapterContractOptions, ContractCheckResult, ContractReport } from "./checkAdapterContract";
export { createTestAdapter } from "./createTestAdapter";
