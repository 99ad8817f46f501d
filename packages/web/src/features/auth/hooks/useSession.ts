import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RegisterInput, User } from "../../../api/types";
import { fetchSession, login, logout, registerApplicant } from "../api/auth";

export const SESSION_KEY = ["session"] as const;

export function useSession() {
  return useQuery<User | null>({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { username: string; password: string }) => login(v.username, v.password),
    onSuccess: (res) => {
      qc.clear();
      qc.setQueryData(SESSION_KEY, res.user);
    },
  });
}

export function useRegister() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: RegisterInput) => registerApplicant(v),
    onSuccess: (res) => {
      qc.clear();
      qc.setQueryData(SESSION_KEY, res.user);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      qc.clear();
      qc.setQueryData(SESSION_KEY, null);
    },
  });
}
