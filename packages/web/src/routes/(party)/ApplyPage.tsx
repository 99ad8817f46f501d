import { App, Button, Result, Typography } from "antd";
import { Link, useNavigate, useOutletContext } from "react-router";
import type { User } from "../../api/types";
import { useTranslation } from "react-i18next";
import { ApplicationForm } from "../../features/case/components/ApplicationForm";

export default function ApplyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const user = useOutletContext<User>();
  if (user.role !== "applicant") {
    return (
      <Result
        status="403"
        title={t("apply.onlyApplicants")}
        extra={
          <Link to="/my/cases">
            <Button type="primary">{t("party.backToList")}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <>
      <Typography.Title level={3} className="page-title">
        {t("apply.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("apply.intro")}</Typography.Paragraph>
      <ApplicationForm
        variant="applicant"
        onCreated={(d) => {
          message.success(t("apply.created"));
          navigate(`/my/cases/${d.id}`);
        }}
      />
    </>
  );
}
