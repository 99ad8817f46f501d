// 保全措施转为执行措施 (民诉法解释(2022) art 168) in the measures tab. On an enforcement case (执): the
// conversions already made into it and, for its handler or the division head while the case is open,
// the court's 执保 cases that could carry over, each with Convert and a confirmation saying what happens
// (start dates and last days kept, no new ruling, measures past their last day left behind). On a
// preservation case (执保): where its measures went. The server decides; this only hides what it refuses.
import { Alert, App, Button, Card, Table, Tag, Typography } from "antd";
import type { TFunction } from "i18next";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CONVERSION_BASIS } from "@zhixing/domain";
import type { CaseDetail, ConversionCandidate, PreservationConversion, PreservationConversionResult, User } from "../../../api/types";
import { EmptyState } from "../../../components/QueryState";
import { formatCitation, formatDate, formatFen } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { isRegistered, mayHandle } from "../../case/mayAct";
import { useConversionCandidates, useConversions, useConvertPreservation } from "../hooks/useMeasures";

/** The type code of a preservation case; anything else (or none, from an older server) is enforcement. */
export const PRESERVATION_TYPE_CODE = "执保";
/** The server's OPEN_CASE_STATUSES: measures carry only into a registered, not yet closed case. */
const OPEN_STATUSES: readonly string[] = ["registered", "assigned", "inProgress"];

export const isPreservationCase = (detail: Pick<CaseDetail, "typeCode">) => detail.typeCode === PRESERVATION_TYPE_CODE;

/** The enforcement case's handler or division head, while it is open, may carry a 执保 case's measures in. */
export function mayConvert(user: User, detail: Pick<CaseDetail, "typeCode" | "handlerId" | "courtId" | "status">): boolean {
  return !isPreservationCase(detail) && OPEN_STATUSES.includes(detail.status) && mayHandle(user, detail);
}

function CaseLink({ id, number }: { id: string; number: string | null }) {
  const { t } = useTranslation();
  return (
    <Link to={`/staff/cases/${encodeURIComponent(id)}`} data-testid="conversion-case-link">
      {number ?? t("measures.conversion.noNumber")}
    </Link>
  );
}

/** What the confirmation says before the measures move (民诉法解释 art 168). */
export function ConversionConfirmText({ candidate }: { candidate: ConversionCandidate }) {
  const { t, i18n } = useTranslation();
  const basis = formatCitation(CONVERSION_BASIS, i18n.language);
  return (
    <div data-testid="conversion-confirm">
      <Typography.Paragraph>{t("measures.conversion.confirmKeep", { n: candidate.measuresInForce })}</Typography.Paragraph>
      <Typography.Paragraph>{t("measures.conversion.confirmNoRuling", { basis })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t("measures.conversion.confirmSkipped")}</Typography.Paragraph>
    </div>
  );
}

/** The messages after a conversion: how many were carried over and left behind; a warning on over-seizure (查封规定 art 19). */
export function conversionMessages(r: Pick<PreservationConversionResult, "measures" | "skipped" | "excessFen">, t: TFunction): { success: string; warning: string | null } {
  return {
    success: t("measures.conversion.converted", { carried: r.measures, left: r.skipped.length }),
    warning: r.excessFen !== null ? t("measures.conversion.excess", { amount: formatFen(r.excessFen) }) : null,
  };
}

/** On a 执保 case: where its measures went, if they were carried into an enforcement case. */
export function ConvertedOutAlert({ detail }: { detail: Pick<CaseDetail, "id" | "typeCode" | "status"> }) {
  const { t, i18n } = useTranslation();
  const preservation = isPreservationCase(detail);
  const query = useConversions(detail.id, preservation && isRegistered(detail));
  const out = preservation ? query.data?.items.find((c) => c.preservationCaseId === detail.id) : undefined;
  if (!out) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="conversion-out"
      title={
        <Trans
          i18nKey="measures.conversion.convertedOut"
          values={{ date: formatDate(out.convertedDate), caseNumber: out.enforcementCaseNumber ?? t("measures.conversion.noNumber") }}
          components={{ num: <Link to={`/staff/cases/${encodeURIComponent(out.enforcementCaseId)}`} data-testid="conversion-case-link" /> }}
        />
      }
      description={t("measures.conversion.convertedOutHelp", { measures: out.measures, assets: out.assets, basis: formatCitation(out.basis, i18n.language) })}
    />
  );
}

/** On an enforcement case: the conversions into it and, for those who may act, the candidates with Convert. */
export function ConversionCard({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const enforcement = !isPreservationCase(detail) && isRegistered(detail);
  const canConvert = mayConvert(user, detail);
  const conversions = useConversions(detail.id, enforcement);
  const candidates = useConversionCandidates(detail.id, canConvert);
  const convert = useConvertPreservation(detail.id);
  if (!enforcement) return null;
  const into = (conversions.data?.items ?? []).filter((c) => c.enforcementCaseId === detail.id);
  if (!canConvert && into.length === 0) return null;
  const basis = formatCitation(CONVERSION_BASIS, i18n.language);

  const confirm = (c: ConversionCandidate) =>
    void modal.confirm({
      title: t("measures.conversion.confirmTitle", { caseNumber: c.caseNumber ?? t("measures.conversion.noNumber") }),
      width: 560,
      content: <ConversionConfirmText candidate={c} />,
      okText: t("measures.conversion.convert"),
      cancelText: t("common.cancel"),
      okButtonProps: { "data-testid": "conversion-confirm-ok" } as never,
      onOk: async () => {
        try {
          const said = conversionMessages(await convert.mutateAsync(c.caseId), t);
          message.success(said.success);
          if (said.warning) message.warning(said.warning, 8);
        } catch (e) {
          showError(e);
        }
      },
    });

  return (
    <Card size="small" title={t("measures.conversion.title")} style={{ marginTop: 16 }} data-testid="conversion-card">
      {canConvert ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t("measures.conversion.intro", { basis })}
        </Typography.Paragraph>
      ) : null}
      {into.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ fontSize: 14 }}>
            {t("measures.conversion.done")}
          </Typography.Title>
          <Table<PreservationConversion>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={into}
            style={{ marginBottom: canConvert ? 16 : 0 }}
            data-testid="conversion-list"
            onRow={(c) => ({ "data-testid": "conversion-row", "data-conversion-id": c.id }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t("measures.conversion.preservationCase"), key: "case", render: (_, c) => <CaseLink id={c.preservationCaseId} number={c.preservationCaseNumber} /> },
              { title: t("measures.conversion.convertedDate"), dataIndex: "convertedDate", width: 110, render: (v: string) => <span className="num">{formatDate(v)}</span> },
              { title: t("measures.conversion.measures"), dataIndex: "measures", width: 90, align: "right", render: (v: number) => <span className="num">{v}</span> },
              { title: t("measures.conversion.assets"), dataIndex: "assets", width: 90, align: "right", render: (v: number) => <span className="num">{v}</span> },
              { title: t("common.basis"), dataIndex: "basis", render: (v: PreservationConversion["basis"]) => <span data-testid="conversion-basis">{formatCitation(v, i18n.language)}</span> },
            ]}
          />
        </>
      ) : null}
      {canConvert ? (
        <>
          <Typography.Title level={5} style={{ fontSize: 14 }}>
            {t("measures.conversion.candidates")}
          </Typography.Title>
          <Table<ConversionCandidate>
            rowKey="caseId"
            size="small"
            pagination={false}
            loading={candidates.isLoading}
            dataSource={candidates.data?.items ?? []}
            data-testid="conversion-candidates"
            locale={{ emptyText: <EmptyState text={candidates.isError ? t("errors.server") : t("measures.conversion.noCandidates")} /> }}
            onRow={(c) => ({ "data-testid": "conversion-candidate", "data-case-id": c.caseId }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t("measures.conversion.preservationCase"), key: "case", render: (_, c) => <CaseLink id={c.caseId} number={c.caseNumber} /> },
              { title: t("measures.conversion.ruling"), dataIndex: "rulingDocumentNumber" },
              { title: t("measures.conversion.caseStatus"), dataIndex: "status", width: 100, render: (v: string) => <Tag>{t(`status.${v}`, { defaultValue: v })}</Tag> },
              { title: t("measures.conversion.measuresInForce"), dataIndex: "measuresInForce", width: 110, align: "right", render: (v: number) => <span className="num">{v}</span> },
              {
                title: t("common.actions"),
                key: "actions",
                width: 130,
                render: (_, c) => (
                  <Button size="small" type="primary" onClick={() => confirm(c)} loading={convert.isPending && convert.variables === c.caseId} data-testid="conversion-convert">
                    {t("measures.conversion.convert")}
                  </Button>
                ),
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
