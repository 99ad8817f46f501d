import type { ReactNode } from "react";
import { Alert, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import type { UseQueryResult } from "@tanstack/react-query";
import { ErrorState } from "../../../components/QueryState";

/** Result area of a calculator: prompt before the first run, then loading / error / result. */
export function CalcResult<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.fetchStatus === "idle" && query.isPending) {
    return <Alert type="info" showIcon title={t("calc.prompt")} data-testid="calc-prompt" />;
  }
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <section aria-live="polite" data-testid="calc-result">
      {children(query.data)}
    </section>
  );
}
