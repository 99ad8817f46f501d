import { defineConfig } from "vitest/config";

// One run for the whole suite; each package is a project. Database-backed tests run on PGlite and on
// the PostgreSQL server (ZHIXING_TEST_DATABASE_URL); see packages/db/src/testing.
export default defineConfig({
  test: {
    reporters: ["default", "./scripts/plain-summary-reporter.ts"],
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "domain", include: ["packages/domain/src/**/*.test.ts"] } },
      { extends: true, test: { name: "db", include: ["packages/db/src/**/*.test.ts"] } },
      { extends: true, test: { name: "web", include: ["packages/web/src/**/*.test.ts"] } },
      { extends: true, test: { name: "server", include: ["packages/server/src/**/*.test.ts"] } },
      // A browser on a loaded 2-core machine: expect.poll waits up to 45 s for the page (not a timing assertion).
      { extends: true, test: { name: "e2e", include: ["packages/e2e/src/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 180_000, expect: { poll: { timeout: 45_000 } } } },
    ],
  },
});
