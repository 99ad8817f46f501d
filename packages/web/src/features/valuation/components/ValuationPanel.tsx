// One valuation for court staff: the method in use and the path so far, its clocks, what each method has
// produced, reports and objections, the price, the timeline — and, for the handler or the division head,
// the actions the procedure allows now.
import { Alert, Button, Card, Col, Row, Space, Tag, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseParty, Valuation } from "../../../api/types";
import { Money } from "../../../components/Money";
import { QueryState } from "../../../components/QueryState";
import { formatDateTime } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { eventKey } from "../../case/components/CaseTimeline";
import { assetTypeLabel } from "../../measures/labels";
import { useValuation } from "../hooks/useValuations";
import { AppraisalSection } from "./AppraisalSection";
import { AgreementSection, DirectedSection, OnlineSection } from "./MethodSections";
import { PriceSection } from "./PriceSection";
import { ObjectionsSection, ReportsSection } from "./ReportsSection";
import { ValuationActions } from "./ValuationActions";
import { ValuationClocks } from "./ValuationClocks";
import { ValuationPath } from "./ValuationPath";
import { ValuationStatusTag } from "./ValuationTags";
import { EndedNotice, ReissueSection, ReviewSection, SuspensionSection } from "./ValuationStateSections";

export function ValuationTimeline({ events }: { events: Valuation["timeline"] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return null;
  return (
    <Timeline
      data-testid="valuation-timeline"
      items={events.map((e) => ({
        key: e.id,
        title: <span className="num">{formatDateTime(e.at)}</span>,
        content: (
          <div data-testid="valuation-event" data-event-type={e.type}>
            <Typography.Text strong>{i18n.exists(eventKey(e.type)) ? t(eventKey(e.type)) : e.type}</Typography.Text>
            <div style={{ fontSize: 13 }}>{t("common.labelValue", { label: t("case.eventBy"), value: e.actorName })}</div>
            {e.reason ? <div style={{ fontSize: 13 }}>{t("common.labelValue", { label: t("common.reason"), value: e.reason })}</div> : null}
          </div>
        ),
      }))}
    />
  );
}

/** The valuation as loaded (the tab passes the query; tests pass the answer). */
export function ValuationView({ v, parties, onBack }: { v: Valuation; parties: readonly Pick<CaseParty, "id" | "name" | "role">[]; onBack?: () => void }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const type = assetTypeLabel(v.asset.type);
  return (
    <div data-testid="valuation-panel" data-valuation-id={v.id} data-method={v.method} data-viewer={v.viewer}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap align="center" style={{ width: "100%", justifyContent: "space-between" }}>
          <Space wrap align="center">
            {onBack ? (
              <Button size="small" onClick={onBack} data-testid="valuation-back">
                ← {t("valuation.header.back")}
              </Button>
            ) : null}
            <Typography.Text strong>{type ? loc(type) : v.asset.type}</Typography.Text>
            <span>{v.asset.description}</span>
            <ValuationStatusTag status={v.status} />
            <Tag color="blue" data-testid="valuation-method">
              {t("valuation.header.method", { method: loc(v.methodLabel) })}
            </Tag>
          </Space>
          {v.referencePrice ? (
            <Typography.Text strong>
              {t("common.labelValue", { label: t("valuation.header.price"), value: "" })}<Money fen={v.referencePrice.priceFen} unit={t("common.yuan")} />
            </Typography.Text>
          ) : null}
        </Space>
      </Card>
      {v.viewer === "read" ? <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="valuation-read-only" title={t("valuation.header.readOnly")} /> : null}
      <EndedNotice v={v} />
      <ValuationActions v={v} />
      <SuspensionSection v={v} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xxl={9}>
          <Card size="small" title={t("valuation.path.title")} style={{ marginBottom: 12 }}>
            <ValuationPath steps={v.steps} />
          </Card>
        </Col>
        <Col xs={24} xxl={15}>
          <Card size="small" title={t("valuation.clocks.title")} style={{ marginBottom: 12 }}>
            <ValuationClocks v={v} />
          </Card>
        </Col>
      </Row>
      <PriceSection v={v} />
      <ReissueSection v={v} />
      <AgreementSection v={v} />
      <DirectedSection v={v} />
      <OnlineSection v={v} />
      <AppraisalSection v={v} />
      <ReviewSection v={v} />
      <ReportsSection v={v} parties={parties} />
      <ObjectionsSection v={v} parties={parties} />
      {v.timeline.length > 0 ? (
        <Card size="small" title={t("valuation.timeline")}>
          <ValuationTimeline events={v.timeline} />
        </Card>
      ) : null}
    </div>
  );
}

export function ValuationPanel({ id, parties, onBack }: { id: string; parties: readonly Pick<CaseParty, "id" | "name" | "role">[]; onBack: () => void }) {
  const query = useValuation(id);
  return (
    <QueryState query={query} rows={10}>
      {(v) => <ValuationView v={v} parties={parties} onBack={onBack} />}
    </QueryState>
  );
}
