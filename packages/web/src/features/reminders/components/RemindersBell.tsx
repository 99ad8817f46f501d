import { useState } from "react";
import { Badge, Button, Popover, Spin, Typography } from "antd";
import { BellOutlined } from "@ant-design/icons";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { Reminder } from "../../../api/types";
import { EmptyState, ErrorState } from "../../../components/QueryState";
import { formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useMarkReminderRead, useReminders } from "../hooks/useReminders";

/** Unread first, then overdue before due-soon, then the earliest due date. */
function order(a: Reminder, b: Reminder): number {
  if (a.read !== b.read) return a.read ? 1 : -1;
  if (a.kind !== b.kind) return a.kind === "overdue" ? -1 : 1;
  return a.due < b.due ? -1 : a.due > b.due ? 1 : 0;
}

function ReminderItem({ r, onOpen }: { r: Reminder; onOpen: (r: Reminder) => void }) {
  const { t } = useTranslation();
  const tone = r.kind === "overdue" ? "reminder-overdue" : "reminder-due-soon";
  const caseNumber = r.caseNumber ?? t("case.pending");
  const kind = t(`clockKind.${r.clockKind}`, { defaultValue: r.clockKind });
  return (
    <li>
      <button
        type="button"
        className={`reminder-item ${tone}${r.read ? " reminder-read" : ""}`}
        onClick={() => onOpen(r)}
        data-testid="reminder-item"
        data-reminder-id={r.id}
        data-kind={r.kind}
        data-read={r.read}
      >
        <span className="reminder-kind">{t(`reminders.kind.${r.kind}`)}</span>
        {r.read ? null : <span className="sr-only">{t("reminders.unread")}</span>}
        <span className="reminder-text">
          {caseNumber}
          {" · "}
          {kind}
          {" · "}
          <span className="num">{formatDate(r.due)}</span>
        </span>
        {r.clockOpen ? null : <span className="reminder-note">{t("reminders.clockClosed")}</span>}
      </button>
    </li>
  );
}

/** The staff top-bar bell: unread clock reminders; opening one marks it read and goes to the case. */
export function RemindersBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const query = useReminders();
  const markRead = useMarkReminderRead();
  const showError = useApiError();

  const items = [...(query.data?.items ?? [])].sort(order);
  const unread = items.filter((r) => !r.read).length;

  const openReminder = (r: Reminder) => {
    setOpen(false);
    if (!r.read) markRead.mutate(r.id, { onError: (e) => showError(e) });
    void navigate(`/staff/cases/${encodeURIComponent(r.caseId)}`);
  };

  const content = (
    <div className="reminders-panel" data-testid="reminders-list">
      {query.isPending ? (
        <Spin style={{ display: "block", margin: "16px auto" }} />
      ) : query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState text={t("reminders.empty")} />
      ) : (
        <ul className="reminders-list" aria-label={t("reminders.title")}>
          {items.map((r) => (
            <ReminderItem key={r.id} r={r} onOpen={openReminder} />
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottom"
      open={open}
      onOpenChange={setOpen}
      title={
        <Typography.Text strong>
          {t("reminders.title")}
          {unread > 0 ? t("common.paren", { text: t("reminders.unreadCount", { count: unread }) }) : null}
        </Typography.Text>
      }
      content={content}
    >
      <Button
        type="text"
        size="small"
        aria-label={unread > 0 ? t("reminders.bellLabelUnread", { count: unread }) : t("reminders.bellLabel")}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="reminders-bell"
        data-unread={unread}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
