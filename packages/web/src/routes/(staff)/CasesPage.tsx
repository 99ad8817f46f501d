import { Card, Grid, Input, Segmented, Select, Space, Typography } from "antd";
import { useOutletContext, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { CASE_STATUSES, type CaseListQuery, type CaseScope, type CaseStatus, type User } from "../../api/types";
import { ErrorState } from "../../components/QueryState";
import { CaseTable } from "../../features/case/components/CaseTable";
import { useCaseList } from "../../features/case/hooks/useCases";
import { caseScopesFor, parseCaseScope } from "../../features/case/scope";

const SCOPE_LABEL: Record<CaseScope, string> = {
  mine: "cases.scopeMine",
  court: "cases.scopeCourt",
  supervised: "cases.scopeSupervised",
};

export default function CasesPage() {
  const { t } = useTranslation();
  const user = useOutletContext<User>();
  const [params, setParams] = useSearchParams();
  const status = CASE_STATUSES.find((s) => s === params.get("status"));
  const scope = parseCaseScope(params.get("scope"), user.role);
  const scopes = caseScopesFor(user.role);
  // Three scopes do not fit side by side on a phone in English: stack them there.
  const narrow = !(Grid.useBreakpoint().sm ?? true);
  const q = params.get("q") ?? "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const pageSize = Math.min(100, Math.max(5, Number(params.get("pageSize")) || 20));
  const query: CaseListQuery = { status, scope, q: q || undefined, page, pageSize };
  const list = useCaseList(query);

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === "") next.delete(k);
      else next.set(k, v);
    }
    if (!("page" in patch)) next.delete("page");
    setParams(next);
  };

  return (
    <>
      <Typography.Title level={3} className="page-title">
        {t("cases.title")}
      </Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }} className="cases-filters" data-testid="cases-filters">
          <Segmented<CaseScope>
            aria-label={t("cases.scope")}
            value={scope}
            vertical={narrow && scopes.length > 2}
            options={scopes.map((s) => ({ value: s, label: t(SCOPE_LABEL[s]) }))}
            onChange={(v) => update({ scope: v })}
            data-testid="cases-scope"
          />
          <Select<CaseStatus | "">
            aria-label={t("case.status")}
            style={{ width: 160 }}
            value={status ?? ""}
            onChange={(v) => update({ status: v || undefined })}
            options={[{ value: "", label: t("cases.allStatuses") }, ...CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            data-testid="cases-status-filter"
          />
          <Input.Search
            key={q}
            aria-label={t("cases.searchLabel")}
            placeholder={t("cases.searchPlaceholder")}
            defaultValue={q}
            allowClear
            onSearch={(v) => update({ q: v.trim() || undefined })}
            style={{ width: 280, maxWidth: "100%" }}
            data-testid="cases-search"
          />
        </Space>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <CaseTable
            items={list.data?.items ?? []}
            total={list.data?.total ?? 0}
            page={page}
            pageSize={pageSize}
            loading={list.isFetching}
            showCourt={scope === "supervised"}
            onPageChange={(p, s) => update({ page: String(p), pageSize: String(s) })}
          />
        )}
      </Card>
    </>
  );
}
