// The party's view of the conduct duties: the checks and their findings, the substitute performance and,
// once it is done, the cost list with its vouchers (民诉法解释 art 502 para 2). Read-only.
import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { useConduct } from "../api";
import { AddedMonetaryDuties } from "./ConductTab";
import { ConductDutyCard } from "./ConductDutyCard";

export function PartyConduct({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useConduct(caseId);
  return (
    <QueryState query={query}>
      {(view) =>
        view.duties.length === 0 ? null : (
          <Card size="small" title={t("conduct.party.title")} style={{ marginBottom: 12 }} data-testid="party-conduct">
            {view.duties.map((d) => (
              <ConductDutyCard key={d.id} d={d} act={null} />
            ))}
            <AddedMonetaryDuties view={view} />
          </Card>
        )
      }
    </QueryState>
  );
}
