import type { ReactNode } from "react";
import { Button, Empty, Result, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import type { UseQueryResult } from "@tanstack/react-query";
import { ApiError } from "../api/client";

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const text = error instanceof ApiError ? error.localized(i18n.language) : t("errors.unexpected");
  const hint =
    status === 401
      ? t("errors.hintSignIn")
      : status === 403
        ? t("errors.hintForbidden")
        : status === 404
          ? t("errors.hintNotFound")
          : t("errors.hintRetry");
  return (
    <Result
      status="warning"
      title={t("errors.loadFailed")}
      subTitle={
        <>
          <div role="alert">{text}</div>
          <div>{hint}</div>
        </>
      }
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        ) : undefined
      }
      data-testid="error-state"
    />
  );
}

export function EmptyState({ text }: { text?: string }) {
  const { t } = useTranslation();
  return <Empty description={text ?? t("common.empty")} data-testid="empty-state" />;
}

/** Loading → skeleton; error → what to do next + retry; empty → Empty; else children(data). */
export function QueryState<T>({
  query,
  isEmpty,
  emptyText,
  children,
  rows = 4,
}: {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  children: (data: T) => ReactNode;
  rows?: number;
}) {
  if (query.isPending) return <Skeleton active paragraph={{ rows }} data-testid="loading-state" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  if (isEmpty?.(data)) return <EmptyState text={emptyText} />;
  return <>{children(data)}</>;
}
