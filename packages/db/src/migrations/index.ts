// Forward-only migrations, named by date and order. Add a file, then list it here.
import type { Migration } from "kysely";
import * as foundation from "./20261125-0001-foundation";
import * as clockPeriods from "./20261125-0002-clock-periods";

export const migrations: Record<string, Migration> = {
  "20261125-0001-foundation": foundation,
  "20261125-0002-clock-periods": clockPeriods,
};
