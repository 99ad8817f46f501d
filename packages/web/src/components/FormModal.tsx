import { type ReactNode, useEffect } from "react";
import { Button, Form, Modal, Space, type FormInstance } from "antd";
import { useTranslation } from "react-i18next";

/**
 * A modal holding one form: the fields are the children; `onSubmit` gets the validated values and the
 * form (so server errors can land on its fields). Test ids: `<testId>` (the form), `<testId>-submit`.
 */
export function FormModal<V extends object>({
  open,
  title,
  okText,
  danger,
  pending,
  initialValues,
  onClose,
  onSubmit,
  children,
  testId,
  width = 560,
}: {
  open: boolean;
  title: ReactNode;
  okText?: string;
  danger?: boolean;
  pending?: boolean;
  initialValues?: Partial<V>;
  onClose: () => void;
  onSubmit: (values: V, form: FormInstance<V>) => void;
  children: ReactNode;
  testId: string;
  width?: number;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  // The form store outlives the modal: start from the initial values each time it opens.
  useEffect(() => {
    if (open) form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      width={width}
      footer={
        <Space>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" danger={danger} loading={pending} onClick={() => form.submit()} data-testid={`${testId}-submit`}>
            {okText ?? t("common.confirm")}
          </Button>
        </Space>
      }
    >
      {open ? (
        <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => onSubmit(v, form)} data-testid={testId}>
          {children}
        </Form>
      ) : null}
    </Modal>
  );
}
