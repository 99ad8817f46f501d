import { Card, Col, Row, Statistic } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { CASE_STATUSES, type Workbench } from "../../../api/types";

export function StatusCounts({ counts }: { counts: Workbench["myCasesByStatus"] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t("workbench.myCasesByStatus")} data-testid="workbench-status-counts">
      <Row gutter={[12, 12]}>
        {CASE_STATUSES.map((s) => (
          <Col key={s} xs={12} sm={8} md={4}>
            <Link to={`/staff/cases?scope=mine&status=${s}`} aria-label={`${t(`status.${s}`)} ${counts[s] ?? 0}`}>
              <Statistic title={t(`status.${s}`)} value={counts[s] ?? 0} data-testid={`count-${s}`} />
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
