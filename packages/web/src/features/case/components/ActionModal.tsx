import { Alert, Button, Form, Input, Modal, Select, Space, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { closureModesFor } from "@zhixing/domain";
import {
  GROUNDED_CLOSURE_MODES,
  type CaseAction,
  type CaseDetail,
  type ClosureMode,
  type SuspensionApproval,
  type SuspensionChecklistItem,
} from "../../../api/types";
import { formatCitation } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { closureGroundLabel, closureGroundsFor } from "../closureGrounds";
import { useStaff } from "../../staff/hooks/useStaff";
import { useCaseAction } from "../hooks/useCases";
import { REASON_REQUIRED } from "./actionConfig";
import { ZhongbenChecklist } from "../../zhongben/components/ZhongbenChecklist";
import { App } from "antd";

type Values = {
  reason?: string;
  handlerId?: string;
  withReportOrder?: boolean;
  dutyId?: string;
  evidence?: string;
  mode?: ClosureMode;
  checklist?: Partial<Record<SuspensionChecklistItem, boolean>>;
  approval?: SuspensionApproval;
  /** 法定事由 for 终结执行 / 不予执行 (a TERMINATION_GROUNDS / NON_ENFORCEMENT_GROUNDS key). */
  ground?: string;
};

function buildBody(action: CaseAction, v: Values): Record<string, unknown> {
  switch (action) {
    case "register":
    case "approveExtension":
      return {};
    case "refuse":
    case "requestExtension":
    case "rejectExtension":
    case "reportFurtherExtension":
      return { reason: v.reason?.trim() };
    case "assign":
      return { handlerId: v.handlerId };
    case "issueNotice":
      return { withReportOrder: v.withReportOrder ?? true };
    case "recordDutyDone":
      return { dutyId: v.dutyId, evidence: v.evidence?.trim() ?? "" };
    case "close": {
      const body: Record<string, unknown> = { mode: v.mode, reason: v.reason?.trim() };
      // 终本: the server derives the checklist and the approval from the records (GET /cases/:id/zhongben).
      if (v.mode && GROUNDED_CLOSURE_MODES.includes(v.mode) && v.ground) body.ground = v.ground;
      return body;
    }
  }
}

export function ActionModal({
  detail,
  action,
  onClose,
}: {
  detail: CaseDetail;
  action: CaseAction | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith("zh") ? "zh" : "en";
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useCaseAction(detail.id);
  const showError = useApiError();
  const staff = useStaff("officer", action === "assign");
  const mode = Form.useWatch("mode", form);
  const ground = Form.useWatch("ground", form);
  const grounds = mode ? closureGroundsFor(mode) : [];
  const chosenGround = grounds.find((g) => g.key === ground);
  const open = action !== null;
  const needsReason = action !== null && REASON_REQUIRED.has(action);
  const undoneDuties = detail.duties.filter((d) => !d.done);

  const submit = (v: Values) => {
    if (!action) return;
    mutation.mutate(
      { action, body: buildBody(action, v) },
      {
        onSuccess: () => {
          message.success(t("actions.success", { action: t(`actions.${action}.label`) }));
          form.resetFields();
          onClose();
        },
        onError: (e) => showError(e, form),
      },
    );
  };

  const required = { required: true, message: t("common.required") };

  return (
    <Modal
      open={open}
      title={action ? t(`actions.${action}.title`) : undefined}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
      mask={{ closable: false }}
      width={620}
      data-testid="action-modal"
      footer={
        <Space>
          <Button
            onClick={() => {
              form.resetFields();
              onClose();
            }}
          >
            {t("common.cancel")}
          </Button>
          <Button
            type="primary"
            danger={action === "refuse" || action === "rejectExtension" || action === "close"}
            loading={mutation.isPending}
            // A native submit of the form element itself (by its id), so a click that lands while the
            // modal is still opening is never lost to a form instance not yet connected.
            htmlType="submit"
            form={action ? `action-${action}` : undefined}
            data-testid="action-submit"
          >
            {t("actions.confirm")}
          </Button>
        </Space>
      }
    >
      {action ? (
        <Form<Values>
          form={form}
          name={`action-${action}`}
          layout="vertical"
          preserve={false}
          initialValues={{ withReportOrder: true }}
          onFinish={submit}
        >
          <Typography.Paragraph type="secondary">{t(`actions.${action}.help`)}</Typography.Paragraph>
          <Alert
            type={needsReason ? "warning" : "info"}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="action-citation"
            title={t("actions.restsOn")}
            description={
              <>
                <div>{t(`actions.${action}.citation`)}</div>
                {action === "close" && mode ? <div>{t(`closureModeCitation.${mode}`)}</div> : null}
                {action === "close" && chosenGround ? (
                  <div data-testid="close-ground-citation">
                    {t("common.labelValue", { label: closureGroundLabel(chosenGround, lang), value: formatCitation(chosenGround.basis, lang) })}
                  </div>
                ) : null}
              </>
            }
          />

          {action === "assign" ? (
            <Form.Item label={t("actions.assign.handler")} name="handlerId" rules={[required]}>
              <Select
                loading={staff.isPending}
                status={staff.isError ? "error" : undefined}
                placeholder={staff.isError ? t("errors.loadFailed") : t("actions.assign.placeholder")}
                notFoundContent={t("common.empty")}
                options={(staff.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.displayName}${t("common.paren", { text: t(`roles.${s.role}`) })}` }))}
                data-testid="assign-handler"
              />
            </Form.Item>
          ) : null}

          {action === "issueNotice" ? (
            <Form.Item
              label={t("actions.issueNotice.withReportOrder")}
              name="withReportOrder"
              valuePropName="checked"
              extra={t("actions.issueNotice.withReportOrderHelp")}
            >
              <Switch data-testid="notice-report-order" />
            </Form.Item>
          ) : null}

          {action === "recordDutyDone" ? (
            <>
              <Form.Item label={t("actions.recordDutyDone.duty")} name="dutyId" rules={[required]}>
                <Select
                  placeholder={t("actions.recordDutyDone.placeholder")}
                  notFoundContent={t("actions.recordDutyDone.noneOpen")}
                  options={undoneDuties.map((d) => ({
                    value: d.id,
                    label: `${t(`dutyCategory.${d.category}`)} · ${d.description}`,
                  }))}
                  data-testid="duty-select"
                />
              </Form.Item>
              <Form.Item label={t("actions.recordDutyDone.evidence")} name="evidence" rules={[required]}>
                <Input.TextArea rows={3} maxLength={2000} showCount />
              </Form.Item>
            </>
          ) : null}

          {action === "close" ? (
            <>
              <Form.Item label={t("actions.close.mode")} name="mode" rules={[required]}>
                <Select
                  options={closureModesFor(detail.typeCode === "执保" ? "preservation" : "enforcement").map((m) => ({ value: m, label: t(`closureMode.${m}`) }))}
                  placeholder={t("actions.close.modePlaceholder")}
                  // A ground belongs to one mode; switching modes must not send a stale one.
                  onChange={() => form.setFieldValue("ground", undefined)}
                  data-testid="close-mode"
                />
              </Form.Item>
              {grounds.length > 0 ? (
                <Form.Item
                  label={t("actions.close.ground")}
                  name="ground"
                  rules={[required]}
                  extra={mode === "notEnforced" && !detail.lateApplication ? t("actions.close.groundLimitationHint") : undefined}
                >
                  <Select
                    placeholder={t("actions.close.groundPlaceholder")}
                    data-testid="close-ground"
                    aria-label={t("actions.close.ground")}
                    options={grounds.map((g) => ({ value: g.key, label: closureGroundLabel(g, lang), citation: formatCitation(g.basis, lang) }))}
                    optionRender={(o) => (
                      <div className="ground-option" data-ground={o.value}>
                        <div className="ground-label">{o.label}</div>
                        <div className="ground-basis">{o.data.citation}</div>
                      </div>
                    )}
                  />
                </Form.Item>
              ) : null}
              {mode === "suspendedNoAssets" ? (
                <fieldset style={{ border: "1px solid #f0f0f0", padding: "8px 12px", marginBottom: 16 }} data-testid="close-zhongben">
                  <legend style={{ fontSize: 14, width: "auto", padding: "0 4px", margin: 0, border: 0 }}>
                    {t("actions.close.checklistTitle")}
                  </legend>
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                    {t("zhongben.closeHelp")}
                  </Typography.Paragraph>
                  <ZhongbenChecklist caseId={detail.id} audience="staff" compact />
                </fieldset>
              ) : null}
            </>
          ) : null}

          {needsReason ? (
            <Form.Item
              label={t("common.reason")}
              name="reason"
              rules={[required, { whitespace: true, message: t("common.required") }]}
            >
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="action-reason" />
            </Form.Item>
          ) : null}
        </Form>
      ) : null}
    </Modal>
  );
}
