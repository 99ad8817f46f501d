// Turns every error into the one error body: { error: { code, message: { zh, en }, field?, details? } }.
// Bad input is a 4xx that names the field; only a genuine fault is a 500, and it says nothing internal.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isDomainError, type ErrorCode, type ErrorDetail, type Localized } from "@zhixing/domain";
import { ERROR_STATUS } from "./error-status";
import { localizeIssue } from "./zod-messages";

export type ErrorBody = {
  error: { code: string; message: Localized; field?: string; details?: ErrorDetail[] };
};

function body(code: string, message: Localized, field?: string, details?: ErrorDetail[]): ErrorBody {
  return { error: { code, message, ...(field ? { field } : {}), ...(details?.length ? { details } : {}) } };
}

function fieldOf(context: string | undefined, instancePath: string, params: Record<string, unknown>): string {
  const parts = instancePath.replace(/^\//, "").split("/").filter(Boolean);
  // An unknown key is named itself, not its parent object.
  const keys = params.keys as string[] | undefined;
  if (keys?.length) parts.push(keys[0]!);
  return parts.join(".") || context || "body";
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (isDomainError(err)) {
      return reply.code(ERROR_STATUS[err.code as ErrorCode] ?? 400).send(body(err.code, err.messages, err.field, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const context = (err as unknown as { validationContext?: string }).validationContext;
      const details = err.validation.map((v) => ({
        field: fieldOf(context, v.instancePath, v.params as Record<string, unknown>),
        message: localizeIssue({ keyword: v.keyword, message: v.message ?? "", params: v.params as Record<string, unknown> }),
      }));
      const first = details[0]!;
      return reply.code(400).send(
        body(
          "VALIDATION",
          { zh: `${first.field}：${first.message.zh}`, en: `${first.field}: ${first.message.en}` },
          first.field,
          details,
        ),
      );
    }
    // Database conflicts that a concurrent request can cause are the caller's to retry, not faults.
    const sqlState = typeof err.code === "string" && /^[0-9A-Z]{5}$/.test(err.code) ? err.code : undefined;
    if (sqlState === "23505" || sqlState === "40001" || sqlState === "40P01") {
      return reply.code(409).send(
        body("CONFLICT", { zh: "数据已被同时修改，请刷新后重试", en: "The data changed at the same moment; reload and try again" }),
      );
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const known: Record<string, Localized> = {
        FST_ERR_CTP_INVALID_MEDIA_TYPE: { zh: "不支持的请求内容类型，请使用 application/json", en: "Unsupported content type; send application/json" },
        FST_ERR_CTP_EMPTY_JSON_BODY: { zh: "请求体为空", en: "The request body is empty" },
        FST_ERR_CTP_BODY_TOO_LARGE: { zh: "请求体过大", en: "The request body is too large" },
        FST_ERR_CTP_INVALID_JSON_BODY: { zh: "请求体不是有效的 JSON", en: "The request body is not valid JSON" },
      };
      const message = known[err.code] ?? (err instanceof SyntaxError
        ? known.FST_ERR_CTP_INVALID_JSON_BODY!
        : { zh: `请求无效：${err.message}`, en: err.message });
      return reply.code(status).send(body(status === 415 ? "VALIDATION" : "VALIDATION", message, "body"));
    }
    req.log.error({ err }, "unhandled error");
    return reply.code(500).send(body("INTERNAL", { zh: "服务器内部错误，请稍后重试或联系管理员", en: "Internal server error; try again later or contact the administrator" }));
  });
}

export const notFoundBody = (api: boolean): ErrorBody =>
  body("NOT_FOUND", api ? { zh: "接口不存在", en: "No such endpoint" } : { zh: "页面不存在", en: "Not found" });
