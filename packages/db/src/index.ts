export * from "./database";
export * from "./schema";
export * from "./audit-chain";
export * from "./repositories";
