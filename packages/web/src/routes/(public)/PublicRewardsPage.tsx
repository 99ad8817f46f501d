import { useState } from "react";
import { Alert, App, Button, Card, Checkbox, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/QueryState";
import { Money } from "../../components/Money";
import { formatDate } from "../../lib/format";
import { useApiError } from "../../lib/useApiError";
import type { PublicRewardNotice, TipReceipt } from "../../features/rewards/api/rewards";
import { usePublicRewards, useSubmitTip } from "../../features/rewards/hooks/useRewards";

type TipValues = { content: string; anonymous: boolean; informantName?: string; informantContact?: string };

/** 提供线索: no account needed; anonymous by default; a name and contact, if given, are seen by the handler only. */
function TipForm({ notice }: { notice: PublicRewardNotice }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TipValues>();
  const mutation = useSubmitTip();
  const showError = useApiError();
  const anonymous = Form.useWatch("anonymous", form) ?? true;
  const [receipt, setReceipt] = useState<TipReceipt | null>(null);

  const submit = (v: TipValues) => {
    const named = !v.anonymous;
    mutation.mutate(
      {
        noticeId: notice.id,
        content: v.content.trim(),
        anonymous: v.anonymous,
        ...(named && v.informantName?.trim() ? { informantName: v.informantName.trim() } : {}),
        ...(v.informantContact?.trim() ? { informantContact: v.informantContact.trim() } : {}),
      },
      {
        onSuccess: (r) => {
          setReceipt(r);
          form.resetFields();
          void message.success(t("publicRewards.sent", { seq: r.seq }));
        },
        onError: (e) => showError(e, form),
      },
    );
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ anonymous: true }} data-testid="tip-form" requiredMark={false}>
      {receipt ? <Alert type="success" showIcon style={{ marginBottom: 12 }} message={t("publicRewards.sent", { seq: receipt.seq })} data-testid="tip-receipt" /> : null}
      <Form.Item label={t("publicRewards.content")} name="content" rules={[{ required: true, whitespace: true, min: 4, message: t("publicRewards.contentHelp") }]}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="tip-content" />
      </Form.Item>
      <Form.Item name="anonymous" valuePropName="checked">
        <Checkbox data-testid="tip-anonymous">{t("publicRewards.anonymous")}</Checkbox>
      </Form.Item>
      {!anonymous ? (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t("publicRewards.confidential")}
          </Typography.Paragraph>
          <Form.Item label={t("publicRewards.name")} name="informantName" rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
            <Input maxLength={100} data-testid="tip-name" />
          </Form.Item>
          <Form.Item label={t("publicRewards.contact")} name="informantContact" rules={[{ min: 3, message: t("publicRewards.contactHelp") }]}>
            <Input maxLength={200} data-testid="tip-contact" />
          </Form.Item>
        </>
      ) : null}
      <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="tip-submit">
        {t("publicRewards.submit")}
      </Button>
    </Form>
  );
}

/** /rewards: published reward notices (财产调查规定 art 22) for anyone, and the protected tip channel (art 23). */
export default function PublicRewardsPage() {
  const { t, i18n } = useTranslation();
  const notices = usePublicRewards();
  const [open, setOpen] = useState<string | null>(null);
  const en = i18n.language.startsWith("en");

  return (
    <div className="public-shell">
      <Typography.Title level={2} className="page-title">
        {t("publicRewards.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("publicRewards.intro")}</Typography.Paragraph>
      <QueryState query={notices} isEmpty={(d) => d.items.length === 0} emptyText={t("publicRewards.none")}>
        {(d) => (
          <div data-testid="public-rewards">
            {d.items.map((n) => (
              <Card key={n.id} data-testid="public-reward" style={{ marginBottom: 12 }} title={<span className="num">{n.caseNumber ?? "—"}</span>} extra={en ? n.court.nameEn : n.court.name}>
                <dl className="kv" style={{ margin: 0 }}>
                  <div>
                    <dt>{t("publicRewards.respondents")}</dt>
                    <dd>{n.respondents.map((r) => r.name).join("、")}</dd>
                  </div>
                  <div>
                    <dt>{t("publicRewards.reward")}</dt>
                    <dd>{n.amountFen !== null ? <Money fen={n.amountFen} unit={t("common.yuan")} /> : n.formula}</dd>
                  </div>
                  <div>
                    <dt>{t("publicRewards.published")}</dt>
                    <dd className="num">{formatDate(n.publishedDate)}</dd>
                  </div>
                </dl>
                {open === n.id ? (
                  <div style={{ marginTop: 12 }}>
                    <TipForm notice={n} />
                  </div>
                ) : (
                  <Button style={{ marginTop: 12 }} onClick={() => setOpen(n.id)} data-testid="tip-open">
                    {t("publicRewards.giveTip")}
                  </Button>
                )}
              </Card>
            ))}
          </div>
        )}
      </QueryState>
    </div>
  );
}
