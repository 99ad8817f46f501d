import { App, Button, Card, Checkbox, Form, Input, Radio, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { YuanInput } from "../../../components/YuanInput";
import { formatCitation, formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { REWARD_CHANNELS, type RewardApplyInput, type RewardChannel } from "../api/rewards";
import { useApplyForReward, useRewardNotices } from "../hooks/useRewards";
import { RewardStatusTag } from "./RewardStatusTag";
import { RewardEnded, WithdrawRewardButton } from "./RewardEndActions";

type Values = {
  mode: "amount" | "formula";
  amountFen?: number;
  formula?: string;
  channels: RewardChannel[];
  otherMediaName?: string;
  applicantBearsOtherMediaCost?: boolean;
  promiseToPay?: boolean;
  written?: boolean;
};

/** The applicant's card on /my/cases/:id: apply in writing for a reward notice (财产调查规定 art 21) and follow it. */
export function RewardApplyCard({ caseId, canApply }: { caseId: string; canApply: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const notices = useRewardNotices(caseId);
  const mutation = useApplyForReward(caseId);
  const showError = useApiError();
  const mode = Form.useWatch("mode", form);
  const channels = Form.useWatch("channels", form) ?? [];

  const submit = (v: Values) => {
    const other = v.channels.includes("otherMedia");
    const input: RewardApplyInput = {
      written: true,
      promiseToPay: true,
      channels: v.channels,
      ...(v.mode === "amount" ? { amountFen: v.amountFen } : { formula: v.formula?.trim() }),
      ...(other ? { otherMediaName: v.otherMediaName?.trim(), applicantBearsOtherMediaCost: !!v.applicantBearsOtherMediaCost } : {}),
    };
    mutation.mutate(input, {
      onSuccess: (n) => {
        form.resetFields();
        message.success(t("reward.applied", { date: formatDate(n.decisionDue) }));
      },
      onError: (e) => showError(e, form),
    });
  };

  return (
    <Card size="small" title={t("reward.applyTitle")} style={{ marginBottom: 12 }} data-testid="reward-card">
      {canApply ? (
        <Form<Values> form={form} layout="vertical" initialValues={{ mode: "amount", channels: ["nationalPlatform"] }} onFinish={submit} data-testid="reward-form">
          <Typography.Paragraph type="secondary">{t("reward.applyIntro")}</Typography.Paragraph>
          <Form.Item label={t("reward.mode")} name="mode">
            <Radio.Group data-testid="reward-mode">
              <Radio value="amount">{t("reward.modeAmount")}</Radio>
              <Radio value="formula">{t("reward.modeFormula")}</Radio>
            </Radio.Group>
          </Form.Item>
          {mode === "formula" ? (
            <Form.Item label={t("reward.formula")} name="formula" extra={t("reward.formulaHelp")} rules={[{ required: true, whitespace: true, min: 4, message: t("common.required") }]}>
              <Input maxLength={500} data-testid="reward-formula" />
            </Form.Item>
          ) : (
            <Form.Item label={t("reward.amount")} name="amountFen" rules={[{ required: true, type: "number", min: 1, message: t("common.required") }]}>
              <YuanInput data-testid="reward-amount" />
            </Form.Item>
          )}
          <Form.Item label={t("reward.channels")} name="channels" extra={t("reward.channelsHelp")} rules={[{ required: true, type: "array", min: 1, message: t("common.required") }]}>
            <Checkbox.Group data-testid="reward-channels" options={REWARD_CHANNELS.map((c) => ({ value: c, label: t(`reward.channel.${c}`) }))} />
          </Form.Item>
          {channels.includes("otherMedia") ? (
            <>
              <Form.Item label={t("reward.otherMediaName")} name="otherMediaName" rules={[{ required: true, whitespace: true, min: 2, message: t("common.required") }]}>
                <Input maxLength={200} data-testid="reward-other-media" />
              </Form.Item>
              <Form.Item name="applicantBearsOtherMediaCost" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t("reward.mustAgree")))) }]}>
                <Checkbox data-testid="reward-bears-cost">{t("reward.bearsCost")}</Checkbox>
              </Form.Item>
            </>
          ) : null}
          <Form.Item name="promiseToPay" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t("reward.mustAgree")))) }]}>
            <Checkbox data-testid="reward-promise">{t("reward.promise")}</Checkbox>
          </Form.Item>
          <Form.Item name="written" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t("reward.mustAgree")))) }]}>
            <Checkbox data-testid="reward-written">{t("reward.written")}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending} data-testid="reward-submit">
            {t("reward.apply")}
          </Button>
        </Form>
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("reward.myNotices")}
      </Typography.Title>
      <QueryState query={notices} isEmpty={(d) => d.items.length === 0} emptyText={t("reward.none")}>
        {(d) => (
          <div data-testid="reward-list">
            {d.items.map((n) => (
              <div key={n.id} data-testid="reward-row" data-status={n.status} style={{ padding: "8px 0", borderTop: "1px solid #f0f0f0" }}>
                <div>
                  <RewardStatusTag status={n.status} />
                  <span className="num" style={{ color: "rgba(0,0,0,0.55)" }}>
                    {t("reward.appliedOn", { date: formatDate(n.applicationDate) })}
                  </span>
                </div>
                <div>{n.amountFen !== null ? <Money fen={n.amountFen} unit={t("common.yuan")} /> : n.formula}</div>
                <div style={{ fontSize: 13 }}>{n.channels.map((c) => t(`reward.channel.${c}`)).join("、")}</div>
                {n.status === "applied" && n.clock ? (
                  <Typography.Text type={n.clock.overdue ? "danger" : "secondary"} style={{ fontSize: 13 }}>
                    {t("reward.decideBy", { date: formatDate(n.clock.due), basis: formatCitation(n.clock.basis, i18n.language) })}
                  </Typography.Text>
                ) : null}
                {n.status === "published" ? (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t("reward.publishedOn", { date: formatDate(n.publishedDate) })} · {t("reward.tipCount", { count: n.tipCount })}
                  </Typography.Text>
                ) : null}
                {n.status === "refused" ? (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {formatDate(n.decidedDate)}
                    {n.decisionReason ? t("common.paren", { text: n.decisionReason }) : null}
                  </Typography.Text>
                ) : null}
                {n.ended ? <div><RewardEnded n={n} /></div> : null}
                {n.appliedByMe && (n.status === "applied" || n.status === "published") ? (
                  <div style={{ marginTop: 6 }}>
                    <WithdrawRewardButton caseId={caseId} notice={n} />
                  </div>
                ) : null}
              </div>
            ))}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
