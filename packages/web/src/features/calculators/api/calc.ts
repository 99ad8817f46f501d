import { api } from "../../../api/client";
import type { DeadlineResult, DeadlineUnit, FeeResult, InterestResult, PreservationFeeResult } from "../../../api/types";

export const fetchFee = (amountFen: number) => api.get<FeeResult>("/api/v1/calc/fee", { amountFen });

export const fetchPreservationFee = (amountFen: number) =>
  api.get<PreservationFeeResult>("/api/v1/calc/preservation-fee", { amountFen });

export type InterestParams = { principalFen: number } & ({ days: number } | { from: string; to: string });
export const fetchInterest = (p: InterestParams) => api.get<InterestResult>("/api/v1/calc/interest", p);

export type DeadlineParams = { from: string; unit: DeadlineUnit; n: number };
export const fetchDeadline = (p: DeadlineParams) =>
  api.get<DeadlineResult>("/api/v1/calc/deadline", { from: p.from, [p.unit]: p.n });
