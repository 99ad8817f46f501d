import type { HTMLAttributes } from "react";
import { Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../../api/types";
import { QueryState, EmptyState } from "../../../components/QueryState";
import { formatShanghaiDateTime } from "../../../lib/format";
import { useCaseAudit } from "../hooks/useCaseAudit";
import { KNOWN_AUDIT_ACTIONS, KNOWN_AUDIT_ENTITIES } from "../roles";

const KNOWN_ACTIONS = new Set<string>(KNOWN_AUDIT_ACTIONS);
const KNOWN_ENTITIES = new Set<string>(KNOWN_AUDIT_ENTITIES);

/** `case.submit` → the i18n key `auditAction.case_submit` (dots would nest). */
const actionKey = (action: string) => `auditAction.${action.replace(/\./g, "_")}`;

function compactJson(detail: Record<string, unknown>): string {
  if (!detail || Object.keys(detail).length === 0) return "—";
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}

/** The case's audit trail: who did what to which record, when (Beijing time) and from where. */
export function AuditTable({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const query = useCaseAudit(caseId);
  const roleLabel = (role: string | null) =>
    !role ? null : i18n.exists(`roles.${role}`) ? t(`roles.${role}`) : role === "system" ? t("audit.system") : role;

  return (
    <QueryState query={query} rows={6}>
      {(trail) => (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t("audit.intro")}
          </Typography.Paragraph>
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            dataSource={trail.items}
            data-testid="audit-table"
            pagination={trail.items.length > 20 ? { pageSize: 20, size: "small", showSizeChanger: false } : false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: <EmptyState text={t("audit.empty")} /> }}
            onRow={(r) => ({ "data-testid": "audit-row", "data-action": r.action }) as HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t("audit.at"),
                dataIndex: "at",
                width: 170,
                render: (v: string) => <span className="num">{formatShanghaiDateTime(v)}</span>,
              },
              {
                title: t("audit.actor"),
                key: "actor",
                render: (_, r) => (
                  <span style={{ whiteSpace: "nowrap" }}>
                    {r.actorName === "system" && !r.actorRole ? t("audit.system") : r.actorName}
                    {r.actorRole ? (
                      <Tag style={{ marginLeft: 6 }} data-role={r.actorRole}>
                        {roleLabel(r.actorRole)}
                      </Tag>
                    ) : null}
                  </span>
                ),
              },
              {
                title: t("audit.action"),
                dataIndex: "action",
                render: (v: string) =>
                  KNOWN_ACTIONS.has(v) ? (
                    <span title={v}>{t(actionKey(v))}</span>
                  ) : (
                    <Typography.Text code>{v}</Typography.Text>
                  ),
              },
              {
                title: t("audit.entity"),
                key: "entity",
                render: (_, r) => (
                  <span style={{ whiteSpace: "nowrap" }}>
                    {KNOWN_ENTITIES.has(r.entityType) ? t(`auditEntity.${r.entityType}`) : r.entityType}
                    {r.entityId ? (
                      <span className="audit-id" title={r.entityId}>
                        {r.entityId}
                      </span>
                    ) : null}
                  </span>
                ),
              },
              {
                title: t("audit.detail"),
                dataIndex: "detail",
                render: (v: Record<string, unknown>) => <code className="audit-detail">{compactJson(v)}</code>,
              },
              {
                title: t("audit.ip"),
                dataIndex: "ip",
                render: (v: string | null) => <span className="num">{v ?? "—"}</span>,
              },
            ]}
          />
        </>
      )}
    </QueryState>
  );
}
