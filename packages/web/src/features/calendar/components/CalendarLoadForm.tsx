import { useRef, useState } from "react";
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Typography } from "antd";
import type { ButtonProps } from "antd";
import { DeleteOutlined, PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { citeSource } from "@zhixing/domain";
import { useTranslation } from "react-i18next";
import { ApiError, pickLocalized } from "../../../api/client";
import type { CalendarArrangementInput, CalendarYear, NamedDate } from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { formatCitation } from "../../../lib/format";
import { toNamePath } from "../../../lib/useApiError";
import { useLoadCalendarYear } from "../hooks/useCalendarYear";
import { parseArrangementFile, type ArrangementFileError } from "../parseArrangementFile";

type RowValue = { date?: string; name?: string };
type Values = { holidays?: RowValue[]; workdays?: RowValue[] };
type ListName = "holidays" | "workdays";

/** 民事诉讼法(2023) art 85 para 3: a period whose last day is a statutory holiday ends on the next working day. */
const DEADLINE_BASIS = citeSource("civilProcedureLaw", "art 85 para 3");

const clean = (rows: RowValue[] | undefined): NamedDate[] =>
  (rows ?? []).map((r) => ({ date: (r.date ?? "").trim(), name: (r.name ?? "").trim() }));

function RowsEditor({ list, year, addLabel }: { list: ListName; year: number; addLabel: string }) {
  const { t } = useTranslation();
  const required = { required: true, message: t("common.required") };
  return (
    <Form.List name={list}>
      {(fields, { add, remove }) => (
        <div data-testid={`calendar-${list}-editor`}>
          {fields.map((f, i) => (
            <Row key={f.key} gutter={8} wrap={false} align="top" data-testid={`calendar-${list}-row`}>
              <Col flex="0 0 45%" style={{ maxWidth: 200 }} className="calendar-row-date">
                <Form.Item
                  name={[f.name, "date"]}
                  rules={[required, { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t("calendar.dateFormat") }]}
                  style={{ marginBottom: 8 }}
                >
                  <DateInput
                    aria-label={t("calendar.rowDate", { n: i + 1 })}
                    defaultPickerDate={`${year}-01-01`}
                    data-testid={`calendar-${list}-${i}-date`}
                  />
                </Form.Item>
              </Col>
              <Col flex="auto" style={{ minWidth: 0 }}>
                <Form.Item name={[f.name, "name"]} rules={[required, { whitespace: true, message: t("common.required") }]} style={{ marginBottom: 8 }}>
                  <Input
                    maxLength={40}
                    placeholder={t("calendar.namePlaceholder")}
                    aria-label={t("calendar.rowName", { n: i + 1 })}
                    data-testid={`calendar-${list}-${i}-name`}
                  />
                </Form.Item>
              </Col>
              <Col flex="none">
                <Button icon={<DeleteOutlined />} aria-label={t("calendar.removeRow", { n: i + 1 })} onClick={() => remove(f.name)} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ date: undefined, name: "" })} block data-testid={`calendar-add-${list}`}>
            {addLabel}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/**
 * Loads the State Council's official holiday arrangement for `year` (administrators, presidents):
 * from a JSON file or rows edited by hand, after a confirmation, since every deadline in that year
 * follows it from then on.
 */
export function CalendarLoadForm({ year, current }: { year: number; current: CalendarYear | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith("zh") ? "zh" : "en";
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [serverError, setServerError] = useState<{ text: string; details: string[] } | null>(null);
  const mutation = useLoadCalendarYear(year);

  const fill = (v: CalendarArrangementInput) => {
    form.resetFields();
    form.setFieldsValue({ holidays: v.holidays.map((h) => ({ ...h })), workdays: v.workdays.map((w) => ({ ...w })) });
    setServerError(null);
  };

  const describeFileError = (e: ArrangementFileError): string => {
    switch (e.reason) {
      case "badList":
        return t("calendar.fileError.badList", { list: e.list });
      case "badEntry":
        return t("calendar.fileError.badEntry", { list: e.list, n: e.index + 1 });
      case "yearMismatch":
        return t("calendar.fileError.yearMismatch", { fileYear: e.fileYear, year: e.year });
      default:
        return t(`calendar.fileError.${e.reason}`);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setFileError(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setFileError(t("calendar.fileError.unreadable"));
      return;
    }
    const parsed = parseArrangementFile(text, year);
    if (!parsed.ok) {
      setFileError(describeFileError(parsed.error));
      return;
    }
    fill(parsed.value);
    message.success(t("calendar.fileLoaded", { holidays: parsed.value.holidays.length, workdays: parsed.value.workdays.length }));
  };

  const showServerError = (err: unknown) => {
    if (!(err instanceof ApiError)) {
      setServerError({ text: t("errors.unexpected"), details: [] });
      return;
    }
    const text = err.localized(i18n.language);
    const candidates = [
      ...(err.field ? [{ field: err.field, msg: text }] : []),
      ...(err.details ?? []).filter((d) => d.field).map((d) => ({ field: d.field!, msg: pickLocalized(d.message, i18n.language) })),
    ];
    const registered = form.getFieldsError().map((f) => f.name.map(String).join("."));
    const onRows = candidates
      .map((c) => ({ name: toNamePath(c.field), errors: [c.msg] }))
      .filter((c) => registered.includes(c.name.map(String).join(".")));
    if (onRows.length) {
      form.setFields(onRows as Parameters<typeof form.setFields>[0]);
      form.scrollToField(onRows[0]!.name);
    }
    const details = (err.details ?? [])
      .map((d) => pickLocalized(d.message, i18n.language))
      .filter((m) => m && !text.includes(m));
    setServerError({ text, details });
  };

  const submit = (v: Values) => {
    const input = { holidays: clean(v.holidays), workdays: clean(v.workdays) };
    setServerError(null);
    modal.confirm({
      title: t("calendar.confirmTitle", { year }),
      width: 560,
      content: (
        <div data-testid="calendar-confirm">
          <p>{t("calendar.confirmText", { year, holidays: input.holidays.length, workdays: input.workdays.length })}</p>
          <p style={{ marginBottom: 0 }}>
            {t("common.labelValue", { label: t("common.basis"), value: formatCitation(DEADLINE_BASIS, lang) })}
            {t("calendar.confirmBasis")}
          </p>
        </div>
      ),
      okText: t("calendar.confirmOk"),
      cancelText: t("common.cancel"),
      okButtonProps: { danger: true, "data-testid": "calendar-confirm-ok" } as ButtonProps,
      onOk: () =>
        mutation.mutateAsync(input).then(
          (data) => {
            message.success(t("calendar.loaded", { year: data.year }));
            setFileName(null);
          },
          (err: unknown) => showServerError(err),
        ),
    });
  };

  return (
    <Card size="small" title={t("calendar.loadTitle", { year })} style={{ marginTop: 16 }} data-testid="calendar-load">
      <Typography.Paragraph type="secondary">{t("calendar.loadHelp")}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-hidden
          data-testid="calendar-upload"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <Button icon={<UploadOutlined />} onClick={() => fileInput.current?.click()}>
          {t("calendar.upload")}
        </Button>
        {current && current.holidays.length > 0 ? (
          <Button onClick={() => fill({ holidays: current.holidays, workdays: current.workdays })} data-testid="calendar-copy-shown">
            {t("calendar.copyShown")}
          </Button>
        ) : null}
        {fileName ? <Typography.Text type="secondary">{fileName}</Typography.Text> : null}
      </Space>
      <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)", marginBottom: 12 }}>
        {t("calendar.fileFormat")}
        <pre className="code-sample">{`{
  "year": ${year},
  "holidays": [{ "date": "${year}-01-01", "name": "元旦" }, …],
  "workdays": [{ "date": "${year}-02-…", "name": "春节" }, …]
}`}</pre>
      </div>
      {fileError ? <Alert type="error" showIcon title={fileError} style={{ marginBottom: 12 }} data-testid="calendar-file-error" /> : null}
      <Form<Values> form={form} name={`calendar-${year}`} layout="vertical" initialValues={{ holidays: [], workdays: [] }} onFinish={submit}>
        <Row gutter={[24, 8]}>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>{t("calendar.holidays")}</Typography.Title>
            <RowsEditor list="holidays" year={year} addLabel={t("calendar.addHoliday")} />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>{t("calendar.workdays")}</Typography.Title>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t("calendar.workdaysHelp")}
            </Typography.Paragraph>
            <RowsEditor list="workdays" year={year} addLabel={t("calendar.addWorkday")} />
          </Col>
        </Row>
        {serverError ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            data-testid="calendar-error"
            title={serverError.text}
            description={serverError.details.length ? serverError.details.map((d) => <div key={d}>{d}</div>) : undefined}
          />
        ) : null}
        <Form.Item shouldUpdate style={{ marginTop: 16, marginBottom: 0 }}>
          {() => (
            <Button
              type="primary"
              htmlType="submit"
              loading={mutation.isPending}
              disabled={(form.getFieldValue("holidays") as RowValue[] | undefined)?.length ? false : true}
              data-testid="calendar-submit"
            >
              {t("calendar.submit", { year })}
            </Button>
          )}
        </Form.Item>
      </Form>
    </Card>
  );
}
