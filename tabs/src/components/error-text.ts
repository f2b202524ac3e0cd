import type { ApiError } from '../api';
import type { Translate } from '../i18n';

/** A refusal or failure, in the reader's language (the server's message when it sent one). */
export const errorText = (error: ApiError, t: Translate): string =>
  error.message || t(error.code, { field: error.field ?? '', reference: error.ref ?? '' });
