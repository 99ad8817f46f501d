// Validates a value against a zod schema inside a handler (for bodies whose schema depends on a path
// parameter), with the same bilingual, field-naming errors as route schemas.
import { DomainError } from "@zhixing/domain";
import type { z } from "zod";
import { localizeIssue } from "./zod-messages";

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, root = ""): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const details = r.error.issues.map((issue) => {
    const { code, message, path, ...params } = issue as unknown as { code: string; message: string; path: PropertyKey[] } & Record<string, unknown>;
    const keys = params.keys as string[] | undefined;
    const field = [root, ...path.map(String), ...(keys?.length ? [keys[0]!] : [])].filter(Boolean).join(".") || "body";
    return { field, message: localizeIssue({ keyword: code, message, params }) };
  });
  const first = details[0]!;
  throw new DomainError("VALIDATION", { zh: `${first.field}：${first.message.zh}`, en: `${first.field}: ${first.message.en}` }, { field: first.field, details });
}
