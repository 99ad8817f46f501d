export * from "./courts.repository";
export * from "./users.repository";
export * from "./sessions.repository";
export * from "./cases.repository";
export * from "./clocks.repository";
export * from "./audit.repository";
export * from "./calendar.repository";
