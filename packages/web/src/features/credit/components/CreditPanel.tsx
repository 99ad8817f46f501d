import { useState } from "react";
import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { documentUrl, type CaseCredit, type CreditApplication, type Listing, type Restriction } from "../api/credit";
import { useCaseCredit, useCreditAction } from "../hooks/useCredit";
import { CreditActionModal, type CreditAction } from "./CreditActionModal";

const STATUS_COLOR: Record<string, string> = { awaitingSignature: "gold", issued: "red", lifted: "default", listed: "red", deleted: "default", pending: "gold", granted: "green", refused: "default" };

/**
 * 信用惩戒 for one case. `audience` staff: every restriction, entry and application with the court's
 * actions (the handler acts; the president signs). party: the viewer's own, with the applications a
 * restricted or listed person may file (exception, reconsideration, correction).
 */
export function CreditPanel({ caseId, audience }: { caseId: string; audience: "staff" | "party" }) {
  const { t, i18n } = useTranslation();
  const q = useCaseCredit(caseId);
  const [action, setAction] = useState<CreditAction | null>(null);
  const publish = useCreditAction(caseId);
  const staff = audience === "staff";

  return (
    <QueryState query={q}>
      {(credit: CaseCredit) => {
        const act = staff && credit.canAct;
        const btn = (label: string, a: CreditAction, testid: string) => (
          <Button size="small" onClick={() => setAction(a)} data-testid={testid}>
            {label}
          </Button>
        );
        const restrictionActions = (r: Restriction) => (
          <Space wrap>
            <a href={documentUrl("restriction", r.id, i18n.language)} target="_blank" rel="noreferrer" data-testid="credit-restriction-document">
              {t("credit.document")}
            </a>
            {staff && credit.canSign && r.status === "awaitingSignature" ? btn(t("credit.action.sign"), { kind: "sign", targetId: r.id }, "credit-sign") : null}
            {act && r.status === "issued" ? btn(t("credit.action.lift"), { kind: "lift", targetId: r.id }, "credit-lift") : null}
            {!staff && r.mine && r.status === "issued" && r.kind === "consumption" ? btn(t("credit.action.exception"), { kind: "exception", targetId: r.id }, "credit-exception") : null}
            {!staff && r.mine && r.status === "issued" && r.kind === "exit" && !credit.applications.some((a) => a.restrictionId === r.id && a.kind === "exitReconsideration")
              ? btn(t("credit.action.reconsideration"), { kind: "reconsideration", targetId: r.id }, "credit-reconsideration")
              : null}
          </Space>
        );
        const listingActions = (l: Listing) => (
          <Space wrap>
            <a href={documentUrl("listing", l.id, i18n.language)} target="_blank" rel="noreferrer" data-testid="credit-listing-document">
              {t("credit.document")}
            </a>
            {act && l.status === "listed" ? (
              <Button size="small" loading={publish.isPending} onClick={() => publish.mutate({ path: `/dishonest-listings/${encodeURIComponent(l.id)}/publish`, body: { published: !l.published } })} data-testid="credit-toggle-publish">
                {l.published ? t("credit.unpublish") : t("credit.publishNow")}
              </Button>
            ) : null}
            {act && l.status === "listed" && l.termEnd && l.extensionYears === 0 ? btn(t("credit.action.extend"), { kind: "extend", targetId: l.id }, "credit-extend") : null}
            {act && l.status === "listed" ? btn(t("credit.action.delete"), { kind: "delete", targetId: l.id }, "credit-delete") : null}
            {!staff && l.mine && l.status === "listed" && !credit.applications.some((a) => a.listingId === l.id && a.status === "pending")
              ? btn(t("credit.action.correction"), { kind: "correction", targetId: l.id }, "credit-correction")
              : null}
          </Space>
        );
        // 失信规定 art 12: the listed person may seek reconsideration of a rejected correction request (once,
        // within 10 days; the server refuses a late one with the date), and the higher court's staff decide it.
        const mayReconsider = (a: CreditApplication) =>
          !staff && a.mine && a.kind === "correction" && a.status === "refused" && !credit.applications.some((x) => x.parentApplicationId === a.id);
        const applicationActions = (a: CreditApplication) =>
          mayReconsider(a) || a.mayDecide ? (
            <Space wrap>
              {mayReconsider(a) ? btn(t("credit.action.correctionReconsideration"), { kind: "correctionReconsideration", targetId: a.id }, "credit-correction-reconsideration") : null}
              {a.mayDecide ? btn(t("credit.action.decideCorrectionReconsideration"), { kind: "decideCorrectionReconsideration", targetId: a.id }, "credit-decide-correction-reconsideration") : null}
            </Space>
          ) : act ? (
            <Space wrap>
              {a.status === "pending" && a.kind === "consumptionException" ? btn(t("credit.action.decideException"), { kind: "decideException", targetId: a.id }, "credit-decide-exception") : null}
              {a.status === "pending" && a.kind === "exitReconsideration" ? btn(t("credit.action.decideReconsideration"), { kind: "decideReconsideration", targetId: a.id }, "credit-decide-reconsideration") : null}
              {a.status === "pending" && a.kind === "correction" ? btn(t("credit.action.decideCorrection"), { kind: "decideCorrection", targetId: a.id }, "credit-decide-correction") : null}
              {a.status === "granted" && a.kind === "correction" && !a.correctedDate ? btn(t("credit.action.applyCorrection"), { kind: "applyCorrection", targetId: a.id }, "credit-apply-correction") : null}
            </Space>
          ) : null;

        return (
          <Space direction="vertical" style={{ width: "100%" }} size="middle" data-testid={`credit-panel-${audience}`}>
            {act ? (
              <Space wrap>
                <Button type="primary" onClick={() => setAction({ kind: "proposeConsumption", targetId: caseId })} data-testid="credit-propose-consumption">
                  {t("credit.action.proposeConsumption")}
                </Button>
                <Button onClick={() => setAction({ kind: "issueExit", targetId: caseId })} data-testid="credit-issue-exit">
                  {t("credit.action.issueExit")}
                </Button>
                <Button danger onClick={() => setAction({ kind: "list", targetId: caseId })} data-testid="credit-list">
                  {t("credit.action.list")}
                </Button>
              </Space>
            ) : null}
            {staff && !credit.canAct && !credit.canSign ? <Alert type="info" showIcon title={t("credit.readOnly")} /> : null}

            <Card size="small" title={t("credit.restrictions")}>
              {credit.restrictions.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("credit.none")} />
              ) : (
                <Table<Restriction>
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={credit.restrictions}
                  data-testid="credit-restrictions"
                  columns={[
                    { title: t("credit.kind"), dataIndex: "kind", render: (k: string) => t(`credit.kinds.${k}`) },
                    { title: t("credit.respondent"), dataIndex: "partyName", render: (n: string, r) => `${n}${r.persons.length ? `（${r.persons.map((p) => `${p.name}·${t(`credit.role.${p.role}`)}`).join("、")}）` : ""}` },
                    { title: t("credit.status"), dataIndex: "status", render: (s: string) => <Tag color={STATUS_COLOR[s]} data-testid="credit-restriction-status">{t(`credit.statuses.${s}`)}</Tag> },
                    { title: t("credit.dates"), key: "dates", render: (_: unknown, r) => [r.issuedDate && `${t("credit.issued")} ${r.issuedDate}`, r.signedByName && `${t("credit.signedBy")} ${r.signedByName}`, r.liftedDate && `${t("credit.lifted")} ${r.liftedDate}`].filter(Boolean).join(" · ") || `${t("credit.proposed")} ${r.proposedDate}` },
                    { title: t("credit.recipients"), dataIndex: "recipients", render: (x: string[]) => x.join("、") },
                    { title: t("credit.clocks"), dataIndex: "clocks", render: (cs: Restriction["clocks"]) => cs.map((c) => <div key={c.kind + c.due}>{t(`clockKind.${c.kind}`)} {c.due} · {t(`clockStatus.${c.status}`)}</div>) },
                    { title: "", key: "actions", render: (_: unknown, r) => restrictionActions(r) },
                  ]}
                />
              )}
            </Card>

            <Card size="small" title={t("credit.listings")}>
              {credit.listings.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("credit.none")} />
              ) : (
                credit.listings.map((l) => (
                  <Card key={l.id} type="inner" size="small" style={{ marginBottom: 8 }} data-testid="credit-listing" title={<Space><Tag color={STATUS_COLOR[l.status]} data-testid="credit-listing-status">{t(`credit.statuses.${l.status}`)}</Tag>{l.partyName}{l.published ? <Tag color="blue">{t("credit.published")}</Tag> : null}</Space>} extra={listingActions(l)}>
                    <Descriptions size="small" column={2}>
                      <Descriptions.Item label={t("credit.ground")}>{i18n.language.startsWith("en") ? l.entry.conduct.en : l.entry.conduct.zh}</Descriptions.Item>
                      <Descriptions.Item label={t("credit.decisionDate")}>{l.decisionDate}</Descriptions.Item>
                      <Descriptions.Item label={t("credit.termEnd")}>{l.termEnd ?? t("credit.noTerm")}{l.extensionYears ? ` (+${l.extensionYears})` : ""}</Descriptions.Item>
                      <Descriptions.Item label={t("credit.subject")}>{l.entry.subject.kind === "naturalPerson" ? `${l.entry.subject.name} ${l.entry.subject.idNumberMasked}` : `${l.entry.subject.name} ${l.entry.subject.creditCode}`}</Descriptions.Item>
                      {l.deletion ? (
                        <Descriptions.Item label={t("credit.deletionLabel")} span={2}>
                          <span data-testid="credit-deletion">
                            {l.deletion.condition ? t(`credit.deletion.${l.deletion.condition}`) : t("credit.corrected")} · {t("credit.occurredOn")} {l.deletion.occurredOn ?? "—"} · {t("credit.deleteBy")} {l.deletion.due ?? "—"} · {t("credit.deletedOn")} {l.deletion.deletedDate}
                            {l.deletion.byJob ? ` · ${t("credit.byJob")}` : ""}
                            {l.deletion.relistingBarredUntil ? ` · ${t("credit.barredUntil", { date: l.deletion.relistingBarredUntil })}` : ""}
                          </span>
                        </Descriptions.Item>
                      ) : null}
                    </Descriptions>
                  </Card>
                ))
              )}
            </Card>

            {credit.applications.length ? (
              <Card size="small" title={t("credit.applications")}>
                <Table<CreditApplication>
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={credit.applications}
                  data-testid="credit-applications"
                  columns={[
                    { title: t("credit.kind"), dataIndex: "kind", render: (k: string) => t(`credit.applicationKinds.${k}`) },
                    { title: t("credit.content"), dataIndex: "content", render: (c: string) => <Typography.Text ellipsis={{ tooltip: c }} style={{ maxWidth: 260 }}>{c}</Typography.Text> },
                    { title: t("credit.filed"), dataIndex: "filedDate" },
                    { title: t("credit.due"), key: "due", render: (_: unknown, a) => a.correctBy ?? a.reconsiderationDue ?? a.dueDate ?? "—" },
                    { title: t("credit.status"), dataIndex: "status", render: (s: string, a) => <span><Tag color={STATUS_COLOR[s]}>{t(`credit.statuses.${s}`)}</Tag>{a.decisionNote ?? ""}</span> },
                    { title: "", key: "actions", render: (_: unknown, a) => applicationActions(a) },
                  ]}
                />
              </Card>
            ) : null}
            <CreditActionModal caseId={caseId} credit={credit} action={action} onClose={() => setAction(null)} />
          </Space>
        );
      }}
    </QueryState>
  );
}
