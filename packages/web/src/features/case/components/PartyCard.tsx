import { useState } from "react";
import { Button, Descriptions, Tooltip } from "antd";
import { EyeOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { CaseParty } from "../../../api/types";
import { useApiError } from "../../../lib/useApiError";
import { usePersonalData } from "../hooks/useCases";
import { useEffect } from "react";

/** One party with masked identifiers; staff may reveal them (an audited read). */
export function PartyCard({ caseId, party, canReveal }: { caseId: string; party: CaseParty; canReveal: boolean }) {
  const { t } = useTranslation();
  const [reveal, setReveal] = useState(false);
  const personal = usePersonalData(caseId, party.id, reveal);
  const showError = useApiError();
  const full = reveal ? personal.data : undefined;

  useEffect(() => {
    if (personal.isError) {
      showError(personal.error);
      setReveal(false);
    }
  }, [personal.isError, personal.error, showError]);

  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      style={{ marginBottom: 12 }}
      data-testid="party"
      data-party-id={party.id}
      title={t("common.labelValue", { label: t(`partyRole.${party.role}`), value: party.name })}
      extra={
        canReveal ? (
          <Tooltip title={t("case.revealAudited")}>
            <Button
              size="small"
              icon={<EyeOutlined />}
              loading={reveal && personal.isFetching}
              disabled={!!full}
              onClick={() => setReveal(true)}
              data-testid="reveal-party"
              aria-label={`${t("case.revealFull")} ${party.name}`}
            >
              {t("case.revealFull")}
            </Button>
          </Tooltip>
        ) : undefined
      }
    >
      <Descriptions.Item label={t("party.kind")}>{t(`partyKind.${party.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t("party.idType")}>{t(`idType.${party.idType}`)}</Descriptions.Item>
      <Descriptions.Item label={t("party.idNumber")}>
        <span className="num" data-testid="party-id-number">{full ? full.idNumber : party.idNumberMasked}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t("party.phone")}>{(full ? full.phone : party.phoneMasked) ?? "—"}</Descriptions.Item>
      <Descriptions.Item label={t("party.address")} span="filled">
        {(full ? full.address : party.addressMasked) ?? "—"}
      </Descriptions.Item>
    </Descriptions>
  );
}
