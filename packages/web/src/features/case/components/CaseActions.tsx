import { useState } from "react";
import { Button, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseAction, CaseDetail } from "../../../api/types";
import { ActionModal } from "./ActionModal";
import { ACTION_ORDER, DANGER_ACTIONS } from "./actionConfig";

/** Buttons for exactly the actions the lifecycle allows now; nothing else is rendered. */
export function CaseActions({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<CaseAction | null>(null);
  const allowed = ACTION_ORDER.filter((a) => detail.allowedActions.includes(a));

  return (
    <>
      {allowed.length > 0 ? (
        <Space wrap data-testid="case-actions" role="group" aria-label={t("actions.groupLabel")}>
          {allowed.map((a) => (
            <Button
              key={a}
              type={a === allowed[0] && !DANGER_ACTIONS.has(a) ? "primary" : "default"}
              danger={DANGER_ACTIONS.has(a)}
              onClick={() => setAction(a)}
              data-testid={`action-${a}`}
            >
              {t(`actions.${a}.label`)}
            </Button>
          ))}
        </Space>
      ) : null}
      <ActionModal detail={detail} action={action} onClose={() => setAction(null)} />
    </>
  );
}
