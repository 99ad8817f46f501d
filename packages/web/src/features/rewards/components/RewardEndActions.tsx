import { useState } from "react";
import { App, Button, Form, Input, Radio, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/FormModal";
import { formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { REWARD_CLOSE_REASONS, type RewardCloseReason, type RewardNotice } from "../api/rewards";
import { useCloseReward, useWithdrawReward } from "../hooks/useRewards";

/** How a withdrawn or closed notice ended: the date and the reason. */
export function RewardEnded({ n }: { n: RewardNotice }) {
  const { t } = useTranslation();
  if (!n.ended) return null;
  const why = n.ended.kind === "closed" && n.ended.closeReason ? [t(`reward.closeReasons.${n.ended.closeReason}`), n.ended.note].filter(Boolean).join(t("reward.noteSep")) : n.ended.note;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="reward-ended" data-kind={n.ended.kind}>
      {t(n.ended.kind === "withdrawn" ? "reward.withdrawnOn" : "reward.closedOn", { date: formatDate(n.ended.date) })}
      {why ? t("common.paren", { text: why }) : null}
    </Typography.Text>
  );
}

/** The applicant's 撤回 / Withdraw: asks for the reason, says what withdrawing does, then sends it. */
export function WithdrawRewardButton({ caseId, notice }: { caseId: string; notice: RewardNotice }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const withdraw = useWithdrawReward(caseId);
  const showError = useApiError();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} data-testid="reward-withdraw">
        {t("reward.withdraw")}
      </Button>
      <FormModal<{ reason: string }>
        open={open}
        title={t("reward.withdrawTitle")}
        okText={t("reward.withdraw")}
        danger
        pending={withdraw.isPending}
        onClose={() => setOpen(false)}
        testId="reward-withdraw-form"
        onSubmit={(v, form) =>
          withdraw.mutate(
            { noticeId: notice.id, reason: v.reason.trim() },
            {
              onSuccess: () => {
                message.success(t("reward.withdrawn"));
                setOpen(false);
              },
              onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Typography.Paragraph type="secondary">{t(notice.status === "published" ? "reward.withdrawHelpPublished" : "reward.withdrawHelpApplied")}</Typography.Paragraph>
        <Form.Item label={t("reward.withdrawReason")} name="reason" rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="reward-withdraw-reason" />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** The handler's or the division head's 结束 / Close on a published notice: the reason, and a note (required for "other"). */
export function CloseRewardButton({ caseId, notice }: { caseId: string; notice: RewardNotice }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useCloseReward(caseId);
  const showError = useApiError();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="reward-close">
        {t("reward.close")}
      </Button>
      <FormModal<{ reason: RewardCloseReason; note?: string }>
        open={open}
        title={t("reward.closeTitle")}
        okText={t("reward.close")}
        pending={close.isPending}
        initialValues={{ reason: "propertyFound" }}
        onClose={() => setOpen(false)}
        testId="reward-close-form"
        onSubmit={(v, form) =>
          close.mutate(
            { noticeId: notice.id, reason: v.reason, ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
            {
              onSuccess: () => {
                message.success(t("reward.closed"));
                setOpen(false);
              },
              onError: (e) => showError(e, form),
            },
          )
        }
      >
        <Typography.Paragraph type="secondary">{t("reward.closeHelp")}</Typography.Paragraph>
        <Form.Item label={t("reward.closeReason")} name="reason" rules={[{ required: true, message: t("common.required") }]}>
          <Radio.Group data-testid="reward-close-reason" options={REWARD_CLOSE_REASONS.map((r) => ({ value: r, label: t(`reward.closeReasons.${r}`) }))} />
        </Form.Item>
        <Form.Item noStyle dependencies={["reason"]}>
          {({ getFieldValue }) => (
            <Form.Item
              label={t("reward.closeNote")}
              name="note"
              rules={[
                { required: getFieldValue("reason") === "other", whitespace: true, message: t("reward.closeNoteRequired") },
                { min: 2, message: t("reward.closeNoteTooShort") },
              ]}
            >
              <Input.TextArea rows={3} maxLength={500} data-testid="reward-close-note" />
            </Form.Item>
          )}
        </Form.Item>
      </FormModal>
    </>
  );
}
