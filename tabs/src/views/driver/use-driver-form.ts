import { useEffect, useState } from 'react';
import type { Api, ApiError } from '../../api';
import { useApiCall } from '../../use-api-call';
import { EMPTY, newestOf, type Canvas } from './canvas';
import type { DriverData } from './use-driver';

export interface DriverForm {
  form: Canvas;
  change: (next: Canvas) => void;
  save: () => Promise<void>;
  saving: boolean;
  saved: boolean;
  error: ApiError | undefined;
  /** After a conflict: the version someone else saved first, shown beside the member's own text. */
  theirs: Canvas | undefined;
}

/** The driver as the member edits it, saved on top of the revision they started from. */
export function useDriverForm(api: Api, communityId: string, data: DriverData, onSaved: () => void): DriverForm {
  const [form, setForm] = useState<Canvas>(() => data.driver ?? EMPTY);
  const [base, setBase] = useState(data.revision);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const { error, run } = useApiCall();

  // A live update brings someone else's newer version: take it over unless the member is typing.
  useEffect(() => {
    if (!dirty && data.revision !== base) {
      setForm(data.driver ?? EMPTY);
      setBase(data.revision);
    }
  }, [data, dirty, base]);

  const change = (next: Canvas) => {
    setForm(next);
    setDirty(true);
    setSaved(false);
  };
  const save = async () => {
    setSaving(true);
    setSaved(false);
    const failure = await run(async () => {
      const path = `/communities/${communityId}/driver`;
      const { revision } = await api.put<{ revision: number }>(path, { baseRevision: base, driver: form });
      setBase(revision);
      setDirty(false);
      setSaved(true);
      onSaved();
    });
    const newest = newestOf(failure);
    if (newest) setBase(newest.revision); // saving again keeps the member's text on top of the newest version
    setSaving(false);
  };
  return { form, change, save, saving, saved, error, theirs: newestOf(error)?.driver };
}
