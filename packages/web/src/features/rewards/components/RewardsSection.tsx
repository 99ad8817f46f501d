import { useState } from "react";
import { App, Alert, Button, Card, Form, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseDetail, User } from "../../../api/types";
import { FormModal } from "../../../components/FormModal";
import { Money } from "../../../components/Money";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { formatCitation, formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { mayHandle } from "../../case/mayAct";
import type { RewardNotice, RewardTip } from "../api/rewards";
import { useDecideReward, useRewardNotices } from "../hooks/useRewards";
import { RewardStatusTag } from "./RewardStatusTag";
import { CloseRewardButton, RewardEnded } from "./RewardEndActions";

/**
 * 悬赏 / Rewards, in the staff property tab: each notice with its decision clock (财产调查规定 art 21),
 * publish or refuse (the handler or the division head), and the tips in the order received (art 23).
 * The server shows informants to the handler only and audits each read.
 */
export function RewardsSection({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const query = useRewardNotices(detail.id);
  const decide = useDecideReward(detail.id);
  const showError = useApiError();
  const [refusing, setRefusing] = useState<RewardNotice | null>(null);
  const canAct = mayHandle(user, detail);

  const publish = (n: RewardNotice) =>
    decide.mutate({ noticeId: n.id, decision: "publish" }, { onSuccess: () => message.success(t("reward.decided")), onError: (e) => showError(e) });

  return (
    <Card size="small" title={t("reward.sectionTitle")} style={{ marginBottom: 16 }} data-testid="rewards-section">
      <QueryState query={query} rows={2} isEmpty={(d) => d.items.length === 0} emptyText={t("reward.none")}>
        {(d) => (
          <Space orientation="vertical" style={{ width: "100%" }}>
            {d.items.map((n) => (
              <div key={n.id} data-testid="reward-notice" data-status={n.status} style={{ borderTop: "1px solid #f0f0f0", paddingTop: 8 }}>
                <Space wrap>
                  <RewardStatusTag status={n.status} />
                  <span className="num">{t("reward.appliedOn", { date: formatDate(n.applicationDate) })}</span>
                  <strong>{n.amountFen !== null ? <Money fen={n.amountFen} unit={t("common.yuan")} /> : n.formula}</strong>
                  {n.channels.map((c) => (
                    <Tag key={c}>{t(`reward.channel.${c}`)}</Tag>
                  ))}
                  {n.otherMediaName ? <Tag>{n.otherMediaName}</Tag> : null}
                </Space>
                {n.status === "applied" && n.clock ? (
                  <div>
                    <Tooltip title={formatCitation(n.clock.basis, i18n.language)}>
                      <Typography.Text type={n.clock.overdue ? "danger" : "secondary"} className="num">
                        {t("reward.decideBy", { date: formatDate(n.clock.due), basis: formatCitation(n.clock.basis, i18n.language) })}
                      </Typography.Text>
                    </Tooltip>
                  </div>
                ) : null}
                {n.status === "refused" ? (
                  <div>
                    <Typography.Text type="secondary">
                      {formatDate(n.decidedDate)}
                      {n.decisionReason ? t("common.paren", { text: n.decisionReason }) : null}
                    </Typography.Text>
                  </div>
                ) : null}
                {n.status === "published" ? <Typography.Text type="secondary">{t("reward.publishedOn", { date: formatDate(n.publishedDate) })}</Typography.Text> : null}
                {n.ended ? <div><RewardEnded n={n} /></div> : null}
                {canAct && n.status === "published" ? (
                  <div style={{ marginTop: 8 }}>
                    <CloseRewardButton caseId={detail.id} notice={n} />
                  </div>
                ) : null}
                {canAct && n.status === "applied" ? (
                  <Space style={{ marginTop: 8 }}>
                    <Popconfirm title={t("reward.publish")} onConfirm={() => publish(n)}>
                      <Button size="small" type="primary" loading={decide.isPending} data-testid="reward-publish">
                        {t("reward.publish")}
                      </Button>
                    </Popconfirm>
                    <Button size="small" danger onClick={() => setRefusing(n)} data-testid="reward-refuse">
                      {t("reward.refuse")}
                    </Button>
                  </Space>
                ) : null}
                {n.tips && n.publishedDate !== null && n.status !== "refused" ? <Tips tips={n.tips} /> : null}
              </div>
            ))}
          </Space>
        )}
      </QueryState>
      <FormModal<{ reason: string }>
        open={refusing !== null}
        title={t("reward.refuseTitle")}
        danger
        pending={decide.isPending}
        onClose={() => setRefusing(null)}
        testId="reward-refuse-form"
        onSubmit={(v, form) =>
          decide.mutate(
            { noticeId: refusing!.id, decision: "refuse", reason: v.reason.trim() },
            {
              onSuccess: () => {
                message.success(t("reward.decided"));
                setRefusing(null);
              },
              onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Form.Item label={t("reward.reason")} name="reason" rules={[{ required: true, whitespace: true, min: 2, message: t("common.required") }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="reward-refuse-reason" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

function Tips({ tips }: { tips: RewardTip[] }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text strong>{t("reward.tips")}</Typography.Text>
      <Alert type="info" showIcon style={{ margin: "6px 0" }} title={t("reward.confidentialNote")} />
      <Table<RewardTip>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={tips}
        scroll={{ x: 800 }}
        data-testid="reward-tips"
        locale={{ emptyText: <EmptyState text={t("reward.noTips")} /> }}
        columns={[
          { title: t("reward.seq"), dataIndex: "seq", width: 60, render: (v: number) => <span className="num">{v}</span> },
          { title: t("staffProperty.received"), dataIndex: "receivedDate", width: 110, render: (v: string) => <span className="num">{formatDate(v)}</span> },
          { title: t("reward.informant"), dataIndex: "informantName", width: 150, render: (v: string | null) => v ?? "—" },
          { title: t("reward.contact"), dataIndex: "informantContact", width: 150, render: (v: string | null) => v ?? "—" },
          { title: t("reward.content"), dataIndex: "content", render: (v: string) => <span style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{v}</span> },
          { title: t("clock.status"), dataIndex: "status", width: 110, render: (v: RewardTip["status"]) => t(`reward.tipStatus.${v}`) },
        ]}
      />
    </div>
  );
}
