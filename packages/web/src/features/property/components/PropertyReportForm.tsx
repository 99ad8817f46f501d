import { useMemo } from "react";
import { Alert, Button, Card, Col, Form, Input, Modal, Radio, Row, Select, Typography } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import {
  ASSET_TYPE_INFO,
  CATEGORY_ASSET_TYPES,
  CHANGE_KINDS,
  CHANGE_KIND_INFO,
  REPORT_CATEGORIES,
  REPORT_CATEGORY_INFO,
  type AssetType,
  type ChangeKind,
  type FiledReport,
  type PropertyReportInput,
  type PropertyReportList,
  type ReportCategory,
  type ReportKind,
} from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { YuanInput } from "../../../components/YuanInput";
import { formatCitation, formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { citeSource, reportScope } from "@zhixing/domain";
import { useFileReport } from "../hooks/useProperty";
import { compact } from "../lib";
import { ReportConsequences } from "./ReportConsequences";

type ItemValues = { category?: ReportCategory; description?: string; holder?: string; identifier?: string; valueFen?: number; assetType?: AssetType };
type TransferValues = { kind?: ChangeKind; date?: string; description?: string; amountFen?: number };
type Values = { partyId?: string; kind: ReportKind; changeDate?: string; postedDate?: string; items: ItemValues[]; transfers: TransferValues[] };

/** 民诉法(2023) art 85 para 4: a document posted before the period expires is on time. */
const POSTED_BASIS = citeSource("civilProcedureLaw", "art 85 para 4");

function ItemFields({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const label = useLocalized();
  const form = Form.useFormInstance();
  const category = Form.useWatch(["items", index, "category"], form) as ReportCategory | undefined;
  const types = category ? CATEGORY_ASSET_TYPES[category] : [];
  const required = { required: true, whitespace: true, message: t("common.required") };
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={t("report.itemN", { n: index + 1 })}
      extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t("common.remove")} data-testid={`report-item-${index}-remove`} />}
      data-testid={`report-item-${index}`}
    >
      <Form.Item label={t("report.category")} name={[index, "category"]} rules={[{ required: true, message: t("common.required") }]}>
        <Select
          data-testid={`report-item-${index}-category`}
          options={REPORT_CATEGORIES.map((c) => ({ value: c, label: label(REPORT_CATEGORY_INFO[c].label) }))}
          onChange={() => form.setFieldValue(["items", index, "assetType"], undefined)}
        />
      </Form.Item>
      {category ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -12, fontSize: 12 }}>
          {t("common.labelValue", { label: t("common.basis"), value: formatCitation(REPORT_CATEGORY_INFO[category].basis, i18n.language) })}
        </Typography.Paragraph>
      ) : null}
      {types.length > 1 ? (
        <Form.Item label={t("report.assetType")} name={[index, "assetType"]} extra={t("report.assetTypeHelp")}>
          <Select allowClear data-testid={`report-item-${index}-assetType`} options={types.map((a) => ({ value: a, label: label(ASSET_TYPE_INFO[a].label) }))} />
        </Form.Item>
      ) : null}
      <Form.Item label={t("report.description")} name={[index, "description"]} rules={[required]} extra={t("report.descriptionHelp")}>
        <Input.TextArea rows={2} maxLength={500} data-testid={`report-item-${index}-description`} />
      </Form.Item>
      <Form.Item label={t("report.holder")} name={[index, "holder"]} extra={t("report.holderHelp")}>
        <Input maxLength={200} data-testid={`report-item-${index}-holder`} />
      </Form.Item>
      <Form.Item label={t("report.identifier")} name={[index, "identifier"]} extra={t("report.identifierHelp")}>
        <Input maxLength={200} data-testid={`report-item-${index}-identifier`} />
      </Form.Item>
      <Form.Item label={t("report.value")} name={[index, "valueFen"]}>
        <YuanInput data-testid={`report-item-${index}-value`} />
      </Form.Item>
    </Card>
  );
}

function TransferFields({ index, onRemove, changesFrom }: { index: number; onRemove: () => void; changesFrom: string | null }) {
  const { t } = useTranslation();
  const label = useLocalized();
  const required = { required: true, whitespace: true, message: t("common.required") };
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={t("report.transferN", { n: index + 1 })}
      extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t("common.remove")} data-testid={`report-transfer-${index}-remove`} />}
      data-testid={`report-transfer-${index}`}
    >
      <Form.Item label={t("report.changeKind")} name={[index, "kind"]} rules={[{ required: true, message: t("common.required") }]}>
        <Select data-testid={`report-transfer-${index}-kind`} options={CHANGE_KINDS.map((k) => ({ value: k, label: label(CHANGE_KIND_INFO[k].label) }))} />
      </Form.Item>
      <Form.Item label={t("report.transferDate")} name={[index, "date"]} rules={[{ required: true, message: t("common.required") }]}>
        <DateInput data-testid={`report-transfer-${index}-date`} defaultPickerDate={changesFrom ?? undefined} />
      </Form.Item>
      <Form.Item label={t("report.description")} name={[index, "description"]} rules={[required]}>
        <Input.TextArea rows={2} maxLength={500} data-testid={`report-transfer-${index}-description`} />
      </Form.Item>
      <Form.Item label={t("report.amount")} name={[index, "amountFen"]}>
        <YuanInput data-testid={`report-transfer-${index}-amount`} />
      </Form.Item>
    </Card>
  );
}

/**
 * The guided property report (财产调查规定 arts 5–7): initial or supplementary (with the change date),
 * the items by the categories of art 5, and the changes since one year before the notice (art 6).
 * Server errors land on the field they name (`items.2.description`).
 *
 * `paper`: staff (handler or division head) enter a paper report a respondent handed in or posted — the
 * respondent party is always named and the posting date may be given (民诉法 art 85 para 4).
 */
export function PropertyReportForm({
  caseId,
  list,
  onFiled,
  paper,
}: {
  caseId: string;
  list: PropertyReportList;
  onFiled: (r: FiledReport) => void;
  paper?: { partyId?: string };
}) {
  const { t, i18n } = useTranslation();
  const label = useLocalized();
  const [form] = Form.useForm<Values>();
  const mutation = useFileReport(caseId);
  const showError = useApiError();
  const [modal, modalHolder] = Modal.useModal();

  const parties = list.obligations;
  const hasInitial = (partyId: string | undefined) =>
    list.items.some((r) => r.kind === "initial" && (partyId === undefined || r.partyId === partyId)) ||
    parties.some((o) => o.partyId === partyId && o.reportedDate !== null);
  const initialParty = paper?.partyId ?? (parties.length === 1 ? parties[0]!.partyId : undefined);
  const askParty = parties.length > 1 || (paper !== undefined && parties.length > 0);
  const partyId = Form.useWatch("partyId", form) ?? initialParty;
  const kind = (Form.useWatch("kind", form) as ReportKind | undefined) ?? (hasInitial(initialParty) ? "supplementary" : "initial");
  const scope = useMemo(() => (list.scope ? reportScope(list.scope.noticeDate) : null), [list.scope]);

  const submit = (v: Values) => {
    const body: PropertyReportInput = compact({
      partyId: askParty ? v.partyId : undefined,
      postedDate: paper ? v.postedDate : undefined,
      kind: v.kind,
      changeDate: v.kind === "supplementary" ? v.changeDate : undefined,
      items: (v.items ?? []).map((it) => compact({ ...it }) as PropertyReportInput["items"][number]),
      transfers: (v.transfers ?? []).map((x) => compact({ ...x }) as NonNullable<PropertyReportInput["transfers"]>[number]),
    });
    const send = () =>
      mutation.mutate(body, {
        onSuccess: onFiled,
        onError: (e) => showError(e, form),
      });
    if (body.items.length === 0 && (body.transfers ?? []).length === 0) {
      void modal.confirm({
        title: t("report.nothingTitle"),
        content: t("report.nothingText"),
        okText: t("report.nothingOk"),
        cancelText: t("common.cancel"),
        onOk: send,
      });
    } else send();
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark
      initialValues={{ kind: hasInitial(initialParty) ? "supplementary" : "initial", partyId: initialParty, items: [{}], transfers: [] }}
      onFinish={submit}
      scrollToFirstError
      data-testid="report-form"
    >
      {modalHolder}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t("report.scopeTitle")}
        description={
          <>
            {list.scope ? (
              <Typography.Paragraph style={{ margin: 0 }} data-testid="report-scope">
                {t("report.scopeText", { notice: formatDate(list.scope.noticeDate), from: formatDate(list.scope.changesFrom) })}
              </Typography.Paragraph>
            ) : null}
            {scope ? (
              <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
                {label(scope.alsoReport)}
              </Typography.Paragraph>
            ) : null}
            {scope ? (
              <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", fontSize: 12 }}>
                {t("common.labelValue", { label: t("common.basis"), value: scope.basis.map((c) => formatCitation(c, i18n.language)).join(t("common.citationSep")) })}
              </Typography.Paragraph>
            ) : null}
          </>
        }
      />

      {askParty ? (
        <Form.Item label={t("report.party")} name="partyId" rules={[{ required: true, message: t("common.required") }]}>
          <Select
            data-testid="report-party"
            options={parties.map((p) => ({ value: p.partyId, label: p.partyName }))}
            onChange={(id: string) => form.setFieldValue("kind", hasInitial(id) ? "supplementary" : "initial")}
          />
        </Form.Item>
      ) : null}
      {paper ? (
        <Form.Item
          label={t("report.postedDate")}
          name="postedDate"
          extra={t("report.postedDateHelp", { basis: formatCitation(POSTED_BASIS, i18n.language) })}
        >
          <DateInput data-testid="report-postedDate" />
        </Form.Item>
      ) : null}

      <Form.Item label={t("report.kindLabel")} name="kind" rules={[{ required: true, message: t("common.required") }]}>
        <Radio.Group data-testid="report-kind" optionType="button" buttonStyle="solid" size="large">
          <Radio.Button value="initial" disabled={hasInitial(partyId)} data-testid="report-kind-initial">
            {t("report.kind.initial")}
          </Radio.Button>
          <Radio.Button value="supplementary" disabled={!hasInitial(partyId)} data-testid="report-kind-supplementary">
            {t("report.kind.supplementary")}
          </Radio.Button>
        </Radio.Group>
      </Form.Item>
      {kind === "supplementary" ? (
        <Form.Item
          label={t("report.changeDate")}
          name="changeDate"
          rules={[{ required: true, message: t("common.required") }]}
          extra={t("report.changeDateHelp")}
        >
          <DateInput data-testid="report-changeDate" />
        </Form.Item>
      ) : null}

      <Typography.Title level={5}>{t("report.itemsTitle")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("report.itemsHelp")}</Typography.Paragraph>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <ItemFields key={f.key} index={f.name} onRemove={() => remove(f.name)} />
            ))}
            <Button type="dashed" block size="large" icon={<PlusOutlined />} onClick={() => add({})} data-testid="report-add-item" style={{ marginBottom: 16 }}>
              {t("report.addItem")}
            </Button>
          </>
        )}
      </Form.List>

      <Typography.Title level={5}>{t("report.transfersTitle")}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {list.scope ? t("report.transfersHelp", { from: formatDate(list.scope.changesFrom) }) : t("report.transfersHelpNoScope")}
      </Typography.Paragraph>
      <Form.List name="transfers">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <TransferFields key={f.key} index={f.name} onRemove={() => remove(f.name)} changesFrom={list.scope?.changesFrom ?? null} />
            ))}
            <Button type="dashed" block size="large" icon={<PlusOutlined />} onClick={() => add({})} data-testid="report-add-transfer" style={{ marginBottom: 16 }}>
              {t("report.addTransfer")}
            </Button>
          </>
        )}
      </Form.List>

      {paper ? null : <Alert type="warning" style={{ marginBottom: 16 }} title={t("report.truthful")} description={<ReportConsequences />} />}
      <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending} data-testid="report-submit">
        {t(paper ? "report.enterSubmit" : "report.submit")}
      </Button>
    </Form>
  );
}
