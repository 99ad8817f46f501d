import { Button, Card, Space, Typography } from "antd";
import { PlusOutlined, RightOutlined } from "@ant-design/icons";
import { Link, useOutletContext } from "react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { QueryState } from "../../components/QueryState";
import { CaseNumber } from "../../features/case/components/CaseNumber";
import { StatusTag } from "../../features/case/components/StatusTag";
import { useCaseList } from "../../features/case/hooks/useCases";
import { formatDate } from "../../lib/format";

export default function MyCasesPage() {
  const { t } = useTranslation();
  const user = useOutletContext<User>();
  const query = useCaseList({ scope: "mine", page: 1, pageSize: 100 });

  return (
    <>
      <Typography.Title level={3} className="page-title">
        {t("party.myCases")}
      </Typography.Title>
      {user.role === "applicant" ? (
        <Link to="/my/apply">
          <Button type="primary" size="large" block icon={<PlusOutlined />} style={{ marginBottom: 16 }} data-testid="new-application">
            {t("party.newApplication")}
          </Button>
        </Link>
      ) : null}
      <QueryState query={query} isEmpty={(d) => d.items.length === 0} emptyText={t("party.noCases")}>
        {(d) => (
          <div data-testid="my-cases" role="list">
            {d.items.map((c) => (
              <div role="listitem" key={c.id}>
              <Link to={`/my/cases/${c.id}`} style={{ display: "block", marginBottom: 12, color: "inherit" }} data-testid="my-case">
                <Card size="small" hoverable>
                  <Space style={{ justifyContent: "space-between", width: "100%" }} align="start">
                    <div>
                      <Typography.Text strong style={{ fontSize: 16 }}>
                        <CaseNumber caseNumber={c.caseNumber} />
                      </Typography.Text>
                      <div style={{ marginTop: 4 }}>
                        <StatusTag status={c.status} />
                      </div>
                      <div style={{ marginTop: 4, color: "rgba(0,0,0,0.65)" }}>
                        {c.courtName}
                        <br />
                        {t("common.labelValue", { label: t("case.respondent"), value: c.respondentNames.join(t("common.listSep")) })}
                        <br />
                        {t("common.labelValue", { label: t("case.applicationDate"), value: formatDate(c.applicationDate) })}
                      </div>
                    </div>
                    <RightOutlined aria-hidden />
                  </Space>
                </Card>
              </Link>
              </div>
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}
