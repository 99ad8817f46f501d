import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatCitation } from "../../../lib/format";
import { REPORT_SANCTION_BASIS } from "../lib";

/** What failing the order to report brings (财产调查规定 arts 9–10), in plain language with the articles. */
export function ReportConsequences() {
  const { t, i18n } = useTranslation();
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="report-consequences">
      {t("report.consequences", {
        fine: formatCitation(REPORT_SANCTION_BASIS.fine, i18n.language),
        listing: formatCitation(REPORT_SANCTION_BASIS.listing, i18n.language),
      })}
    </Typography.Paragraph>
  );
}
