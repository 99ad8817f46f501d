import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { CreditPanel } from "./CreditPanel";

/** The respondent's own restrictions and 失信 entries on its case page, with the applications it may file. */
export function PartyCreditCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t("credit.tab")} style={{ marginBottom: 12 }} data-testid="party-credit">
      <CreditPanel caseId={caseId} audience="party" />
    </Card>
  );
}
