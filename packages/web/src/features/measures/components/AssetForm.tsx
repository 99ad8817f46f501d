import { App, Checkbox, Form, Input, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { EXEMPT_CATEGORIES, EXEMPT_CATEGORY_INFO, citeSource, type ExemptCategory } from "@zhixing/domain";
import { ASSET_TYPES, ASSET_TYPE_INFO, type AssetType, type CaseDetail } from "../../../api/types";
import { FormModal } from "../../../components/FormModal";
import { YuanInput } from "../../../components/YuanInput";
import { formatCitation } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { compact } from "../../property/lib";
import type { AssetInput } from "../api/measures";
import { useCreateAsset } from "../hooks/useMeasures";

type Values = Omit<AssetInput, "type"> & { type?: AssetType };

/** 查封规定 art 4: the necessary home may be sealed, never sold. */
const ONLY_HOME_BASIS = citeSource("seizureProvisions", "art 4");

function AssetFields({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const label = useLocalized();
  const form = Form.useFormInstance();
  const type = Form.useWatch("type", form) as AssetType | undefined;
  const exempt = Form.useWatch("exemptCategory", form) as ExemptCategory | undefined;
  const respondents = detail.parties.filter((p) => p.role === "respondent");
  const required = { required: true, whitespace: true, message: t("common.required") };
  return (
    <>
      <Form.Item label={t("assets.type")} name="type" rules={[{ required: true, message: t("common.required") }]}>
        <Select
          showSearch={{ optionFilterProp: "label" }}
          data-testid="asset-form-type"
          options={ASSET_TYPES.map((a) => ({ value: a, label: label(ASSET_TYPE_INFO[a].label) }))}
          onChange={(v: AssetType) => {
            if (v !== "realEstate") form.setFieldValue("onlyHome", false);
          }}
        />
      </Form.Item>
      <Form.Item label={t("report.description")} name="description" rules={[required]}>
        <Input.TextArea rows={2} maxLength={500} data-testid="asset-form-description" />
      </Form.Item>
      <Form.Item label={t("report.identifier")} name="identifier" rules={[required]} extra={t("assets.identifierHelp")}>
        <Input maxLength={200} data-testid="asset-form-identifier" />
      </Form.Item>
      <Form.Item label={t("report.holder")} name="holder" rules={[required]} extra={t("assets.holderHelp")}>
        <Input maxLength={200} data-testid="asset-form-holder" />
      </Form.Item>
      <Form.Item label={t("assets.value")} name="valueFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
        <YuanInput data-testid="asset-form-value" />
      </Form.Item>
      {respondents.length > 0 ? (
        <Form.Item label={t("assets.owner")} name="ownerPartyId">
          <Select allowClear data-testid="asset-form-owner" options={respondents.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      ) : null}
      <Form.Item name="indivisible" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox data-testid="asset-form-indivisible">{t("measures.indivisible")}</Checkbox>
      </Form.Item>
      <Form.Item
        label={t("assets.exemptCategory")}
        name="exemptCategory"
        extra={exempt ? t("common.labelValue", { label: t("common.basis"), value: formatCitation(EXEMPT_CATEGORY_INFO[exempt].basis, i18n.language) }) : t("assets.exemptHelp")}
      >
        <Select
          allowClear
          data-testid="asset-form-exemptCategory"
          popupMatchSelectWidth={false}
          options={EXEMPT_CATEGORIES.map((c) => ({ value: c, label: label(EXEMPT_CATEGORY_INFO[c].label) }))}
        />
      </Form.Item>
      {type === "realEstate" ? (
        <Form.Item
          name="onlyHome"
          valuePropName="checked"
          extra={t("assets.onlyHomeHelp", { basis: formatCitation(ONLY_HOME_BASIS, i18n.language) })}
        >
          <Checkbox data-testid="asset-form-onlyHome">{t("assets.onlyHome")}</Checkbox>
        </Form.Item>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t("assets.addNote")}
      </Typography.Paragraph>
    </>
  );
}

/** 登记财产: an asset found otherwise than by a report, clue or inquiry, entered by hand (POST /cases/:id/assets). */
export function AssetForm({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const create = useCreateAsset(detail.id);
  const showError = useApiError();
  const respondents = detail.parties.filter((p) => p.role === "respondent");
  return (
    <FormModal<Values>
      open={open}
      title={t("assets.addTitle")}
      pending={create.isPending}
      initialValues={{ indivisible: false, onlyHome: false, ownerPartyId: respondents.length === 1 ? respondents[0]!.id : undefined }}
      onClose={onClose}
      testId="asset-form"
      width={640}
      onSubmit={(v, form) => {
        const body = compact({
          ...v,
          indivisible: v.indivisible ?? false,
          onlyHome: v.type === "realEstate" && v.onlyHome ? true : undefined,
        }) as AssetInput;
        create.mutate(body, {
          onSuccess: () => {
            message.success(t("assets.added"));
            onClose();
          },
          onError: (e) => showError(e, form),
        });
      }}
    >
      <AssetFields detail={detail} />
    </FormModal>
  );
}
