// Form parts shared by the application form and the preservation form: a titled section, the list
// of parties (at least one), and the party value helpers.
import { Button, Card, Form, Space, Typography } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { ReactNode } from "react";
import type { PartyInput } from "../../../api/types";
import { PartyFields } from "./PartyFields";

export const emptyParty = (kind: PartyInput["kind"] = "legalPerson"): Partial<PartyInput> => ({
  kind,
  idType: kind === "naturalPerson" ? "residentId" : "creditCode",
});

export function cleanParty(p: PartyInput): PartyInput {
  const out: PartyInput = { kind: p.kind, name: p.name.trim(), idType: p.idType, idNumber: p.idNumber.trim() };
  if (p.phone?.trim()) out.phone = p.phone.trim();
  if (p.address?.trim()) out.address = p.address.trim();
  if (p.kind === "foreign" && p.country?.trim()) out.country = p.country.trim();
  return out;
}

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card title={title} size="small" style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
    </Card>
  );
}

export function PartyList({ name, addLabel, itemLabel, needLabel, addTestId }: { name: "applicants" | "respondents"; addLabel: string; itemLabel: (n: number) => string; needLabel: string; addTestId?: string }) {
  const { t } = useTranslation();
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_: unknown, v: unknown[] | undefined) => {
            if (!v || v.length === 0) throw new Error(needLabel);
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((f, i) => (
            <div key={f.key} style={{ borderBottom: "1px dashed #e5e5e5", marginBottom: 12 }}>
              <Space style={{ justifyContent: "space-between", width: "100%" }}>
                <Typography.Text strong>{itemLabel(i + 1)}</Typography.Text>
                {fields.length > 1 ? (
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t("common.remove")}>
                    {t("common.remove")}
                  </Button>
                ) : null}
              </Space>
              <PartyFields listName={name} index={f.name} />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(emptyParty())} size="large" data-testid={addTestId}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
