import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { Spin } from "antd";
import { useTranslation } from "react-i18next";
import type { User } from "../../../api/types";
import { ErrorState } from "../../../components/QueryState";
import { useSession } from "../hooks/useSession";
import { homeFor } from "../roles";

/** Renders children for a signed-in user whose role passes `allow`; otherwise redirects. */
export function RequireRole({ allow, children }: { allow: (user: User) => boolean; children: (user: User) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();

  if (session.isPending) {
    return (
      <div style={{ padding: 48, textAlign: "center" }} data-testid="loading-state">
        <Spin description={t("common.loading")} size="large">
          <div style={{ minHeight: 80 }} />
        </Spin>
      </div>
    );
  }
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  const user = session.data;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (!allow(user)) return <Navigate to={homeFor(user.role)} replace />;
  return <>{children(user)}</>;
}
