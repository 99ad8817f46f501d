import { Breadcrumb, Card, Tabs } from "antd";
import { Link, useOutletContext, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { QueryState } from "../../components/QueryState";
import { AuditTable } from "../../features/audit/components/AuditTable";
import { canReadAudit } from "../../features/audit/roles";
import { ComplianceChecks } from "../../features/case/components/ComplianceChecks";
import { CaseActions } from "../../features/case/components/CaseActions";
import { CaseHeader } from "../../features/case/components/CaseHeader";
import { CaseOverview } from "../../features/case/components/CaseOverview";
import { CaseTimeline } from "../../features/case/components/CaseTimeline";
import { ClocksTable } from "../../features/case/components/ClocksTable";
import { useCase } from "../../features/case/hooks/useCases";
import { isRegistered } from "../../features/case/mayAct";
import { InquiryTab } from "../../features/inquiry/components/InquiryTab";
import { LedgerTab } from "../../features/ledger/components/LedgerTab";
import { AuctionsTab } from "../../features/auctions/components/AuctionsTab";
import { MeasuresTab } from "../../features/measures/components/MeasuresTab";
import { PropertyTab } from "../../features/property/components/PropertyTab";
import { ValuationTab } from "../../features/valuation/components/ValuationTab";
import { CoercionTab } from "../../features/coercion/components/CoercionTab";
import { CreditPanel } from "../../features/credit/components/CreditPanel";
import { ZhongbenChecklist } from "../../features/zhongben/components/ZhongbenChecklist";
import { ConductTab } from "../../features/conduct/components/ConductTab";

export default function CasePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const user = useOutletContext<User>();
  const query = useCase(id);

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/staff/cases">{t("nav.cases")}</Link> }, { title: query.data?.caseNumber ?? t("case.pending") }]}
      />
      <QueryState query={query} rows={12}>
        {(detail) => (
          <>
            <CaseHeader detail={detail} actions={<CaseActions detail={detail} />} />
            <Card>
              <Tabs
                items={[
                  { key: "overview", label: t("case.tabs.overview"), children: (
                      <>
                        <CaseOverview detail={detail} canReveal />
                        {detail.preservation?.kind === "conduct" ? <ComplianceChecks detail={detail} user={user} /> : null}
                      </>
                    ),
                  },
                  { key: "timeline", label: t("case.tabs.timeline"), children: <CaseTimeline events={detail.events} /> },
                  { key: "clocks", label: t("case.tabs.clocks"), children: <ClocksTable clocks={detail.clocks} /> },
                  // From registration on: property, inquiries, measures and money; each loads when opened.
                  ...(isRegistered(detail)
                    ? [
                        { key: "property", label: <span data-testid="tab-property">{t("case.tabs.property")}</span>, children: <PropertyTab detail={detail} user={user} /> },
                        { key: "inquiry", label: <span data-testid="tab-inquiry">{t("case.tabs.inquiry")}</span>, children: <InquiryTab detail={detail} user={user} /> },
                        { key: "measures", label: <span data-testid="tab-measures">{t("case.tabs.measures")}</span>, children: <MeasuresTab detail={detail} user={user} /> },
                        { key: "valuation", label: <span data-testid="tab-valuation">{t("valuation.tab")}</span>, children: <ValuationTab detail={detail} user={user} /> },
                        { key: "auctions", label: <span data-testid="tab-auctions">{t("case.tabs.auctions")}</span>, children: <AuctionsTab detail={detail} user={user} /> },
                        { key: "money", label: <span data-testid="tab-money">{t("case.tabs.money")}</span>, children: <LedgerTab detail={detail} user={user} /> },
                        { key: "coercion", label: <span data-testid="tab-coercion">{t("coercion.tab")}</span>, children: <CoercionTab detail={detail} user={user} /> },
                        { key: "credit", label: <span data-testid="tab-credit">{t("credit.tab")}</span>, children: <CreditPanel caseId={detail.id} audience="staff" /> },
                        {
                          key: "zhongben",
                          label: <span data-testid="tab-zhongben">{t("zhongben.tab")}</span>,
                          children: (
                            <ZhongbenChecklist
                              caseId={detail.id}
                              audience="staff"
                              canRecord={user.courtId === detail.courtId && (user.role === "divisionHead" || user.role === "president" || (user.role === "officer" && detail.handlerId === user.id))}
                              canApprove={user.courtId === detail.courtId && user.role === "president"}
                            />
                          ),
                        },
                        { key: "conduct", label: <span data-testid="tab-conduct">{t("conduct.tab")}</span>, children: <ConductTab detail={detail} /> },
                      ]
                    : []),
                  // Court leaders, supervisors and administrators only; loaded when the tab is opened.
                  ...(canReadAudit(user.role)
                    ? [{ key: "audit", label: <span data-testid="tab-audit">{t("case.tabs.audit")}</span>, children: <AuditTable caseId={detail.id} /> }]
                    : []),
                ]}
              />
            </Card>
          </>
        )}
      </QueryState>
    </>
  );
}
