import { useState } from 'react';
import type { ApiError } from '../../../api';
import { useApiCall } from '../../../use-api-call';

/**
 * A member's change from the side panel: `save` sends it and, when it went through, says `done` in a status line. On a
 * refusal the error stays for an ErrorBar and nothing of the form is cleared, so what the member typed is kept.
 */
export function useSave(): {
  error: ApiError | undefined;
  said: string;
  save: (call: () => Promise<unknown>, done: string) => Promise<boolean>;
} {
  const { error, run } = useApiCall();
  const [said, setSaid] = useState('');
  const save = async (call: () => Promise<unknown>, done: string) => {
    setSaid('');
    const failed = await run(call);
    if (!failed) setSaid(done);
    return !failed;
  };
  return { error, said, save };
}

/** The field a refusal names is marked invalid (its message, which names the field, is in the form's ErrorBar). */
export const fieldError = (error: ApiError | undefined, field: string) =>
  error?.field === field ? { validationState: 'error' as const } : {};
