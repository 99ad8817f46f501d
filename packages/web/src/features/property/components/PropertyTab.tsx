import { useState } from "react";
import { App, Button, Card, Collapse, Form, Input, InputNumber, Modal, Radio, Table, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { MAX_REPORT_DAYS } from "@zhixing/domain";
import type { CaseDetail, Clue, ClueVerifyInput, ReportExtensionInput, ReportObligation, User } from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { FormModal } from "../../../components/FormModal";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { formatCitation, formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { mayHandle } from "../../case/mayAct";
import { AssetsTable } from "../../measures/components/AssetsTable";
import { useClues, useExtendReportPeriod, usePropertyReports, useVerifyClue } from "../hooks/useProperty";
import { ClueStatusTag } from "./ClueStatusTag";
import { PropertyReportForm } from "./PropertyReportForm";
import { ReportItemsTable } from "./ReportItemsTable";
import { RewardsSection } from "../../rewards/components/RewardsSection";
import { mayRecordInvestigation } from "../investigations";
import { InvestigationCard } from "./InvestigationCard";

function Obligations({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t, i18n } = useTranslation();
  const label = useLocalized();
  const { message } = App.useApp();
  const query = usePropertyReports(detail.id);
  const extend = useExtendReportPeriod(detail.id);
  const showError = useApiError();
  const [extending, setExtending] = useState<ReportObligation | null>(null);
  const [entering, setEntering] = useState(false);
  const canAct = mayHandle(user, detail);
  // A paper report needs the order to report (a reporting clock) and an open procedure (财产调查规定 arts 3, 11).
  const mayEnter = (d: { obligations: ReportObligation[] }) =>
    canAct && (detail.status === "inProgress" || detail.status === "closed") && d.obligations.some((o) => o.clockStatus !== null);

  return (
    <QueryState query={query} rows={4}>
      {(d) => (
        <>
          <Card size="small" title={t("staffProperty.orderTitle")} style={{ marginBottom: 16 }}>
            {d.scope ? (
              <Typography.Paragraph type="secondary" data-testid="report-scope">
                {t("staffProperty.scope", { notice: formatDate(d.scope.noticeDate), from: formatDate(d.scope.changesFrom) })}
              </Typography.Paragraph>
            ) : null}
            <Table<ReportObligation>
              rowKey="partyId"
              size="small"
              pagination={false}
              dataSource={d.obligations}
              scroll={{ x: 900 }}
              data-testid="obligations-table"
              locale={{ emptyText: <EmptyState text={t("staffProperty.noOrder")} /> }}
              onRow={(o) => ({ "data-testid": "obligation-row", "data-party-id": o.partyId, "data-breach": o.breach ?? "" }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t("case.respondent"), dataIndex: "partyName" },
                {
                  title: t("clock.due"),
                  dataIndex: "due",
                  render: (v: string | null, o) => <span className={o.overdue ? "overdue num" : "num"}>{formatDate(v)}</span>,
                },
                {
                  title: t("staffProperty.reported"),
                  dataIndex: "reportedDate",
                  render: (v: string | null, o) =>
                    v ? (
                      <Tag color={o.late ? "error" : "success"}>{t(o.late ? "report.reportedLate" : "report.reportedOn", { date: formatDate(v) })}</Tag>
                    ) : o.clockStatus === "open" ? (
                      <Tag color={o.overdue ? "error" : "processing"}>{t(o.overdue ? "staffProperty.notReported" : "staffProperty.awaiting")}</Tag>
                    ) : (
                      "—"
                    ),
                },
                {
                  title: t("staffProperty.grounds"),
                  key: "grounds",
                  render: (_, o) =>
                    o.sanctionGrounds.length === 0 ? (
                      "—"
                    ) : (
                      <div data-testid="sanction-grounds">
                        {o.sanctionGrounds.map((g) => (
                          <div key={g.key} style={{ marginBottom: 4 }} data-testid="sanction-ground" data-ground={g.key}>
                            <Tag color={g.mandatory ? "red" : "orange"}>{t(g.mandatory ? "staffProperty.shall" : "staffProperty.may")}</Tag>
                            <Tooltip title={label(g.target)}>{label(g.label)}</Tooltip>
                            <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>
                              {g.basis.map((c) => formatCitation(c, i18n.language)).join(t("common.citationSep"))}
                            </div>
                          </div>
                        ))}
                      </div>
                    ),
                },
                ...(canAct
                  ? [
                      {
                        title: t("common.actions"),
                        key: "actions",
                        width: 130,
                        render: (_: unknown, o: ReportObligation) =>
                          o.clockStatus === "open" ? (
                            <Button size="small" onClick={() => setExtending(o)} data-testid="report-extend">
                              {t("staffProperty.extend")}
                            </Button>
                          ) : null,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          <Card
            size="small"
            title={t("staffProperty.reportsTitle")}
            style={{ marginBottom: 16 }}
            data-testid="staff-reports"
            extra={
              mayEnter(d) ? (
                <Button size="small" type="primary" onClick={() => setEntering(true)} data-testid="report-enter">
                  {t("staffProperty.enterPaper")}
                </Button>
              ) : null
            }
          >
            {d.items.length === 0 ? (
              <EmptyState text={t("reportsView.none")} />
            ) : (
              <Collapse
                items={d.items.map((r) => ({
                  key: r.id,
                  label: (
                    <span data-testid="staff-report" data-kind={r.kind}>
                      {r.partyName} · {t(`report.kind.${r.kind}`)} · <span className="num">{formatDate(r.submittedDate)}</span>
                      {r.changeDate ? ` · ${t("common.labelValue", { label: t("report.changeDate"), value: formatDate(r.changeDate) })}` : ""}
                      {r.late ? <Tag color="error" style={{ marginLeft: 6 }}>{t("report.late")}</Tag> : null}
                      {r.enteredByStaff ? <Tag style={{ marginLeft: 6 }}>{t("staffProperty.paper")}</Tag> : null}
                    </span>
                  ),
                  children: <ReportItemsTable report={r} />,
                }))}
              />
            )}
          </Card>
          <Modal
            open={entering}
            title={t("staffProperty.enterPaperTitle")}
            onCancel={() => setEntering(false)}
            footer={null}
            width={760}
            destroyOnHidden
            mask={{ closable: false }}
          >
            <Typography.Paragraph type="secondary">{t("staffProperty.enterPaperHelp")}</Typography.Paragraph>
            {entering ? (
              <PropertyReportForm
                caseId={detail.id}
                list={d}
                paper={{}}
                onFiled={(r) => {
                  if (r.late) message.warning(t("staffProperty.enteredLate", { due: formatDate(r.due) }));
                  else message.success(t("staffProperty.entered"));
                  setEntering(false);
                }}
              />
            ) : null}
          </Modal>
          <FormModal<Omit<ReportExtensionInput, "partyId">>
            open={extending !== null}
            title={t("staffProperty.extendTitle", { name: extending?.partyName ?? "" })}
            pending={extend.isPending}
            onClose={() => setExtending(null)}
            testId="extend-form"
            onSubmit={(v, form) =>
              extend.mutate(
                { ...v, partyId: extending!.partyId },
                {
                  onSuccess: (r) => {
                    message.success(t("staffProperty.extended", { date: formatDate(r.due) }));
                    setExtending(null);
                  },
                  onError: (e) => showError(e, form),
                },
              )
            }
          >
            <Typography.Paragraph type="secondary">
              {t("staffProperty.extendHelp", { due: formatDate(extending?.due) })}
            </Typography.Paragraph>
            <Form.Item label={t("staffProperty.applicationDate")} name="applicationDate" rules={[{ required: true, message: t("common.required") }]}>
              <DateInput data-testid="extend-applicationDate" />
            </Form.Item>
            <Form.Item label={t("staffProperty.days")} name="days" rules={[{ required: true, message: t("common.required") }]}>
              <InputNumber min={1} max={MAX_REPORT_DAYS} precision={0} style={{ width: "100%" }} data-testid="extend-days" />
            </Form.Item>
            <Form.Item label={t("common.reason")} name="reason" rules={[{ required: true, whitespace: true, min: 2, message: t("common.required") }]}>
              <Input.TextArea rows={3} data-testid="extend-reason" />
            </Form.Item>
          </FormModal>
        </>
      )}
    </QueryState>
  );
}

function Clues({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const query = useClues(detail.id);
  const verify = useVerifyClue(detail.id);
  const showError = useApiError();
  const [verifying, setVerifying] = useState<Clue | null>(null);
  const canAct = mayHandle(user, detail);
  return (
    <Card size="small" title={t("staffProperty.cluesTitle")} style={{ marginBottom: 16 }}>
      <QueryState query={query} rows={3}>
        {(d) => (
          <Table<Clue>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.items}
            scroll={{ x: 900 }}
            data-testid="clues-table"
            locale={{ emptyText: <EmptyState text={t("staffProperty.noClues")} /> }}
            onRow={(c) => ({ "data-testid": "clue-row", "data-clue-id": c.id, "data-status": c.status }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t("staffProperty.received"), dataIndex: "receivedDate", width: 110, render: (v: string) => <span className="num">{formatDate(v)}</span> },
              {
                title: t("clue.description"),
                dataIndex: "description",
                render: (v: string, c) => (
                  <>
                    {c.urgent ? <Tag color="red">{t("clue.urgentTag")}</Tag> : null}
                    <span style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{v}</span>
                  </>
                ),
              },
              { title: t("clock.status"), dataIndex: "status", width: 120, render: (v: Clue["status"]) => <ClueStatusTag status={v} /> },
              {
                title: t("staffProperty.verifyDue"),
                key: "due",
                width: 150,
                render: (_, c) =>
                  c.clock ? (
                    <Tooltip title={formatCitation(c.clock.basis, i18n.language)}>
                      <span className={c.clock.overdue ? "overdue num" : "num"}>{formatDate(c.clock.due)}</span>
                    </Tooltip>
                  ) : (
                    "—"
                  ),
              },
              {
                title: t("staffProperty.result"),
                dataIndex: "result",
                render: (v: string | null, c) => (v ? `${formatDate(c.verifiedDate)} ${v}` : "—"),
              },
              ...(canAct
                ? [
                    {
                      title: t("common.actions"),
                      key: "actions",
                      width: 110,
                      render: (_: unknown, c: Clue) =>
                        c.status === "received" ? (
                          <Button size="small" type="primary" onClick={() => setVerifying(c)} data-testid="clue-verify">
                            {t("staffProperty.verify")}
                          </Button>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      <FormModal<ClueVerifyInput>
        open={verifying !== null}
        title={t("staffProperty.verifyTitle")}
        pending={verify.isPending}
        initialValues={{ result: "verified" }}
        onClose={() => setVerifying(null)}
        testId="verify-form"
        onSubmit={(v, form) =>
          verify.mutate(
            { clueId: verifying!.id, ...v },
            {
              onSuccess: () => {
                message.success(t("staffProperty.verified"));
                setVerifying(null);
              },
              onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{verifying?.description}</Typography.Paragraph>
        <Form.Item label={t("staffProperty.result")} name="result" rules={[{ required: true, message: t("common.required") }]}>
          <Radio.Group data-testid="verify-result">
            <Radio value="verified">{t("clue.status.verified")}</Radio>
            <Radio value="unfounded">{t("clue.status.unfounded")}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t("staffProperty.note")} name="note" rules={[{ required: true, whitespace: true, min: 2, message: t("common.required") }]}>
          <Input.TextArea rows={3} data-testid="verify-note" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

/** 财产 tab of the staff case page: the order to report and its breaches, the reports, the clues, the assets. */
export function PropertyTab({ detail, user }: { detail: CaseDetail; user: User }) {
  return (
    <div data-testid="property-tab">
      <Obligations detail={detail} user={user} />
      <Clues detail={detail} user={user} />
      <InvestigationCard caseId={detail.id} mode="staff" canRequest={mayRecordInvestigation(user, detail)} canComplete={mayHandle(user, detail)} />
      <RewardsSection detail={detail} user={user} />
      <AssetsTable detail={detail} user={user} />
    </div>
  );
}
