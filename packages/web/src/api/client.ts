import zh from "../i18n/zh-CN.json";
import en from "../i18n/en.json";
import type { Localized } from "./types";

/** One field-level problem reported by the server. */
export type ApiErrorDetail = { field?: string; message: Localized };

/** The body the server sends with every 4xx: `{ error: ApiErrorBody }`. */
export type ApiErrorBody = {
  code: string;
  message: Localized;
  field?: string;
  details?: ApiErrorDetail[];
};

/**
 * Every failed request ends in an ApiError. `error` is the server's body as sent;
 * `status`, `code`, `field` and `details` are copied onto the instance for convenience.
 * `Error.message` holds "zh / en" so logs stay readable; show `localized(lang)` to users.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly error: ApiErrorBody;
  readonly field: string | undefined;
  readonly details: ApiErrorDetail[] | undefined;

  constructor(status: number, body: ApiErrorBody) {
    super(`${body.message.zh} / ${body.message.en}`);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code;
    this.error = body;
    this.field = body.field;
    this.details = body.details;
  }

  /** The message in the interface language (`zh-CN` → zh, anything else → en). */
  localized(lang: string): string {
    return pickLocalized(this.error.message, lang);
  }
}

export function pickLocalized(m: Localized, lang: string): string {
  return lang.startsWith("zh") ? m.zh : m.en;
}

function clientMessage(key: "network" | "server" | "unauthenticated"): Localized {
  return { zh: zh.errors[key], en: en.errors[key] };
}

let csrfToken: string | null = null;

/** Called with the token from the login, register and session responses. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

type Query = Record<string, string | number | boolean | null | undefined>;

export function buildQuery(query?: Query): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "") continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

function isErrorBody(x: unknown): x is { error: ApiErrorBody } {
  if (typeof x !== "object" || x === null || !("error" in x)) return false;
  const e = (x as { error: unknown }).error;
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as { code?: unknown }).code === "string" &&
    typeof (e as { message?: unknown }).message === "object"
  );
}

export async function request<T>(
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  options: { body?: unknown; query?: Query; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (UNSAFE.has(method) && csrfToken) headers["x-csrf-token"] = csrfToken;

  let res: Response;
  try {
    res = await fetch(`${path}${buildQuery(options.query)}`, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, { code: "network", message: clientMessage("network") });
  }

  const text = await res.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }

  if (!res.ok) {
    if (isErrorBody(json)) throw new ApiError(res.status, json.error);
    if (res.status === 401) throw new ApiError(401, { code: "unauthenticated", message: clientMessage("unauthenticated") });
    throw new ApiError(res.status, { code: "server", message: clientMessage("server") });
  }
  return json as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>("GET", path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => request<T>("PUT", path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => request<T>("PATCH", path, { body: body ?? {} }),
  delete: <T>(path: string) => request<T>("DELETE", path),
};
