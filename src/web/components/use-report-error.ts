// One way to tell the user that something failed: the server's Chinese
// message in a toast, its field details on the form, and a refetch on conflict.
import { App, type FormInstance } from 'antd';
import { isApiError, messageOf } from '../lib/api-client';

interface ReportOptions {
  form?: FormInstance;
  /** Called on CONFLICT (someone else changed the record): reload it. */
  onConflict?: () => void;
}

/** Puts the server's field errors on the form; 'roles.0' lands on 'roles'. */
export function applyFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!isApiError(error) || error.details.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue()));
  const fields = error.details
    .map((detail) => ({ name: detail.field.split('.')[0] ?? '', errors: [detail.message] }))
    .filter((field) => known.has(field.name));
  form.setFields(fields);
  return fields.length > 0;
}

export function useReportError() {
  const { message } = App.useApp();
  return (error: unknown, options: ReportOptions = {}) => {
    // Session problems are handled once, globally (redirect to login or change-password).
    if (
      isApiError(error, 'UNAUTHENTICATED') ||
      isApiError(error, 'SESSION_EXPIRED') ||
      isApiError(error, 'PASSWORD_CHANGE_REQUIRED')
    ) {
      return;
    }
    if (isApiError(error, 'CONFLICT')) {
      message.error(error.message || '已被他人修改，请刷新后重试');
      options.onConflict?.();
      return;
    }
    if (options.form) applyFieldErrors(options.form, error);
    message.error(messageOf(error));
  };
}
