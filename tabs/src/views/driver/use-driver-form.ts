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
  /**
   * After a conflict: the version someone else saved first, shown beside the member's own text. Until the member
   * chooses (keep theirs, take the newer, or merge by hand and keep that) nothing is saved over it.
   */
  theirs: Canvas | undefined;
  keepMine: () => Promise<void>;
  takeTheirs: () => void;
}

type Newest = { driver: Canvas; revision: number };

/** The driver as the member edits it, saved on top of the revision they started from. */
export function useDriverForm(api: Api, communityId: string, data: DriverData, onSaved: () => void): DriverForm {
  const [form, setForm] = useState<Canvas>(() => data.driver ?? EMPTY);
  const [base, setBase] = useState(data.revision);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<Newest | undefined>();
  const { error, run } = useApiCall();

  // A live update brings someone else's newer version: take it over unless the member is typing. Only newer: the
  // version taken after a conflict is newer than what was last loaded.
  useEffect(() => {
    if (!dirty && data.revision > base) {
      setForm(data.driver ?? EMPTY);
      setBase(data.revision);
    }
  }, [data, dirty, base]);

  const change = (next: Canvas) => {
    setForm(next);
    setDirty(true);
    setSaved(false);
  };
  const send = async (baseRevision: number) => {
    setSaving(true);
    setSaved(false);
    const failure = await run(async () => {
      const path = `/communities/${communityId}/driver`;
      const { revision } = await api.put<{ revision: number }>(path, { baseRevision, driver: form });
      setBase(revision);
      setDirty(false);
      setSaved(true);
      setConflict(undefined);
      onSaved();
    });
    // The base stays the revision the member started from: only "keep mine" saves over the newer one.
    const newest = newestOf(failure);
    if (newest) setConflict(newest);
    setSaving(false);
  };
  const takeTheirs = () => {
    if (!conflict) return;
    setForm(conflict.driver);
    setBase(conflict.revision);
    setDirty(false);
    setConflict(undefined);
  };
  return {
    form,
    change,
    save: () => send(base),
    saving,
    saved,
    error: newestOf(error) && !conflict ? undefined : error,
    theirs: conflict?.driver,
    keepMine: () => (conflict ? send(conflict.revision) : Promise.resolve()),
    takeTheirs,
  };
}
