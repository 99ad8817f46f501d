import { useState } from "react";
import { Alert, Button, Card, Descriptions, Empty, Form, Input, List, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../components/QueryState";
import { usePublicDishonest, usePublicRestrictions } from "../../features/credit/hooks/useCredit";
import type { PublicEntry } from "../../features/credit/api/credit";

type Values = { name?: string; idNumber?: string };

/** /dishonest: 失信被执行人 lookup for anyone (失信规定 art 6 fields; a natural person's ID masked), and the 限制消费令 in force by name. */
export default function DishonestPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith("en");
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState<Values | null>(null);
  const entries = usePublicDishonest(q);
  const restrictions = usePublicRestrictions(q?.name ?? null);

  const submit = (v: Values) => {
    const name = v.name?.trim() || undefined;
    const idNumber = v.idNumber?.trim() || undefined;
    if (!name && !idNumber) return;
    setQ({ ...(name ? { name } : {}), ...(idNumber ? { idNumber } : {}) });
  };

  const subject = (e: PublicEntry) =>
    e.subject.kind === "naturalPerson"
      ? `${e.subject.name}，${t(`credit.sex.${e.subject.sex}`)}，${t("credit.age", { n: e.subject.age })}，${t("credit.idNumber")} ${e.subject.idNumberMasked}`
      : `${e.subject.name}，${t("credit.creditCode")} ${e.subject.creditCode}，${t("credit.representative")} ${e.subject.representativeName}`;

  return (
    <Space direction="vertical" style={{ width: "100%", maxWidth: 960, margin: "0 auto" }} size="large">
      <Typography.Title level={3}>{t("credit.public.title")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("credit.public.intro")}</Typography.Paragraph>
      <Card>
        <Form form={form} layout="inline" onFinish={submit} data-testid="dishonest-search">
          <Form.Item name="name" label={t("credit.public.name")} rules={[{ min: 2, message: t("credit.minChars", { n: 2 }) }]}>
            <Input maxLength={100} allowClear data-testid="dishonest-name" />
          </Form.Item>
          <Form.Item name="idNumber" label={t("credit.public.idNumber")} rules={[{ min: 4, message: t("credit.minChars", { n: 4 }) }]}>
            <Input maxLength={30} allowClear data-testid="dishonest-id" />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="dishonest-submit">
            {t("credit.public.search")}
          </Button>
        </Form>
      </Card>
      {q === null ? (
        <Alert type="info" showIcon title={t("credit.public.hint")} />
      ) : entries.isError ? (
        <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <Card title={t("credit.public.results")} loading={entries.isPending}>
          {entries.data && entries.data.items.length === 0 ? (
            <Empty description={t("credit.public.noneFound")} data-testid="dishonest-empty" />
          ) : (
            <List
              dataSource={entries.data?.items ?? []}
              data-testid="dishonest-results"
              renderItem={(e) => (
                <List.Item key={`${e.caseNumber}-${e.subject.name}`} data-testid="dishonest-entry">
                  <Descriptions size="small" column={1} title={<Space><Tag color="red">{t("credit.public.listed")}</Tag>{e.subject.name}</Space>}>
                    <Descriptions.Item label={t("credit.subject")}>{subject(e)}</Descriptions.Item>
                    <Descriptions.Item label={t("credit.public.conduct")}>{en ? e.conduct.en : e.conduct.zh}</Descriptions.Item>
                    <Descriptions.Item label={t("credit.public.obligation")}>{e.obligation}</Descriptions.Item>
                    <Descriptions.Item label={t("credit.performanceStatus")}>{e.performanceStatus}</Descriptions.Item>
                    <Descriptions.Item label={t("credit.public.basis")}>{`${e.basisIssuer} ${e.basisNumber}`}</Descriptions.Item>
                    <Descriptions.Item label={t("credit.public.case")}>{`${e.court} ${e.caseNumber}（${t("credit.public.registered")} ${e.registeredDate}）`}</Descriptions.Item>
                    {e.publishedDate ? <Descriptions.Item label={t("credit.public.publishedOn")}>{e.publishedDate}</Descriptions.Item> : null}
                  </Descriptions>
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
      {q?.name && restrictions.data ? (
        <Card title={t("credit.public.restrictions")} data-testid="restriction-results">
          {restrictions.data.items.length === 0 ? (
            <Empty description={t("credit.public.noneFound")} />
          ) : (
            <List dataSource={restrictions.data.items} renderItem={(r) => <List.Item key={r.caseNumber + r.name}>{`${r.name} · ${r.court} ${r.caseNumber} · ${t("credit.issued")} ${r.issuedDate}`}</List.Item>} />
          )}
        </Card>
      ) : null}
    </Space>
  );
}
