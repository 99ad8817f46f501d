import { api, ApiError, setCsrfToken } from "../../../api/client";
import type { RegisterInput, SessionResponse, User } from "../../../api/types";

export async function login(username: string, password: string): Promise<SessionResponse> {
  const res = await api.post<SessionResponse>("/api/v1/auth/login", { username, password });
  setCsrfToken(res.csrfToken);
  return res;
}

export async function registerApplicant(input: RegisterInput): Promise<SessionResponse> {
  const res = await api.post<SessionResponse>("/api/v1/auth/register", input);
  setCsrfToken(res.csrfToken);
  return res;
}

export async function logout(): Promise<void> {
  try {
    await api.post<{ ok: true }>("/api/v1/auth/logout");
  } finally {
    setCsrfToken(null);
  }
}

/** The signed-in user, or null when there is no session (401). */
export async function fetchSession(): Promise<User | null> {
  try {
    const res = await api.get<SessionResponse>("/api/v1/auth/session");
    setCsrfToken(res.csrfToken);
    return res.user;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}
