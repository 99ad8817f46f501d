import { Alert, Card, Descriptions, Typography } from "antd";
import { Link, useOutletContext, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/QueryState";
import { CaseNumber } from "../../features/case/components/CaseNumber";
import { MilestoneList } from "../../features/case/components/MilestoneList";
import { StatusTag } from "../../features/case/components/StatusTag";
import { useCase } from "../../features/case/hooks/useCases";
import { Money } from "../../components/Money";
import { formatDate } from "../../lib/format";
import type { User } from "../../api/types";
import { isRegistered } from "../../features/case/mayAct";
import { ClueCard } from "../../features/property/components/ClueCard";
import { InvestigationCard } from "../../features/property/components/InvestigationCard";
import { RewardApplyCard } from "../../features/rewards/components/RewardApplyCard";
import { ReportCard } from "../../features/property/components/ReportCard";
import { ReportsView } from "../../features/property/components/ReportsView";
import { MoneyCard } from "../../features/ledger/components/MoneyCard";
import { PartyValuations } from "../../features/valuation/components/PartyValuations";
import { PartyLots } from "../../features/auctions/components/PartyLots";
import { PartySanctions } from "../../features/coercion/components/PartySanctions";
import { PartyObjections } from "../../features/objections/components/PartyObjections";
import { PartyCreditCard } from "../../features/credit/components/PartyCreditCard";
import { ZhongbenCard } from "../../features/zhongben/components/ZhongbenChecklist";
import { PartyConduct } from "../../features/conduct/components/PartyConduct";

/** Cases in which the applicant may still give clues and the respondent still report (registration to closure). */
const OPEN_STATUSES = new Set(["registered", "assigned", "inProgress"]);

export default function MyCasePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = useCase(id);
  const user = useOutletContext<User>();

  return (
    <>
      <Link to="/my/cases" style={{ display: "inline-block", padding: "8px 0" }}>
        ← {t("party.backToList")}
      </Link>
      <QueryState query={query} rows={8}>
        {(c) => (
          <>
            <Card size="small" style={{ marginBottom: 12 }}>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-number">
                <CaseNumber caseNumber={c.caseNumber} />
              </Typography.Title>
              <div style={{ margin: "8px 0" }}>
                <StatusTag status={c.status} />
              </div>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t("case.court")}>{c.courtName}</Descriptions.Item>
                <Descriptions.Item label={t("case.handler")}>{c.handlerName ?? t("case.noHandler")}</Descriptions.Item>
                <Descriptions.Item label={t("case.respondent")}>{c.respondentNames.join(t("common.listSep"))}</Descriptions.Item>
                {c.term ? (
                  <Descriptions.Item label={t("case.term")}>
                    {formatDate(c.term.start)} — {formatDate(c.term.due)}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
            <Alert
              type={c.status === "refused" ? "error" : "info"}
              showIcon
              style={{ marginBottom: 12 }}
              title={t("party.nextStep")}
              description={t(`nextStep.${c.status}`)}
              data-testid="next-step"
            />
            {c.closure ? (
              <Alert
                type="success"
                style={{ marginBottom: 12 }}
                title={t("common.labelValue", { label: t("case.closureMode"), value: `${t(`closureMode.${c.closure.mode}`)}${t("common.paren", { text: formatDate(c.closure.date) })}` })}
                description={t(`closureExplain.${c.closure.mode}`)}
              />
            ) : null}
            {user.role === "respondent" && isRegistered(c) ? (
              <ReportCard caseId={c.id} caseOpen={c.status === "inProgress" || (c.status === "closed" && c.closure?.mode === "suspendedNoAssets")} />
            ) : null}
            {user.role === "applicant" && isRegistered(c) ? (
              <>
                <MoneyCard caseId={c.id} money={c.money} />
                <ClueCard caseId={c.id} canSubmit={OPEN_STATUSES.has(c.status)} />
                <InvestigationCard caseId={c.id} mode="party" canRequest={OPEN_STATUSES.has(c.status)} canComplete={false} />
                <RewardApplyCard caseId={c.id} canApply={OPEN_STATUSES.has(c.status)} />
                <ReportsView caseId={c.id} />
              </>
            ) : null}
            {(user.role === "applicant" || user.role === "respondent") && isRegistered(c) ? <PartyValuations caseId={c.id} parties={c.parties} role={user.role} canObject={OPEN_STATUSES.has(c.status)} /> : null}
            {isRegistered(c) ? <PartyLots caseId={c.id} /> : null}
            {(user.role === "applicant" || user.role === "respondent") && isRegistered(c) ? (
              <>
                <PartySanctions caseId={c.id} />
                <PartyObjections caseId={c.id} canFile={OPEN_STATUSES.has(c.status)} />
              </>
            ) : null}
            {user.role === "respondent" && isRegistered(c) ? <PartyCreditCard caseId={c.id} /> : null}
            {user.role === "applicant" && isRegistered(c) ? <ZhongbenCard caseId={c.id} /> : null}
            {(user.role === "applicant" || user.role === "respondent") && isRegistered(c) ? <PartyConduct caseId={c.id} /> : null}
            <Card size="small" title={t("party.progress")} style={{ marginBottom: 12 }}>
              <MilestoneList milestones={c.milestones} />
            </Card>
            <Card size="small" title={t("case.duties")}>
              {c.duties.map((d) => (
                <div key={d.id} style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }} data-testid="party-duty">
                  <Typography.Text strong>{t(`dutyCategory.${d.category}`)}</Typography.Text>
                  {d.amountFen !== null ? (
                    <span style={{ float: "right" }}>
                      <Money fen={d.amountFen} unit={t("common.yuan")} />
                    </span>
                  ) : null}
                  <div>{d.description}</div>
                  <div style={{ color: d.done ? "#389e0d" : "rgba(0,0,0,0.45)" }}>
                    {d.done ? t("duty.doneOn", { date: formatDate(d.doneDate) }) : t("duty.notDone")}
                  </div>
                </div>
              ))}
            </Card>
          </>
        )}
      </QueryState>
    </>
  );
}
