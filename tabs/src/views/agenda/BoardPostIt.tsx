import type { ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import type { PostItView } from './use-agenda';

/** One post-it on a live board; a facilitator may take it off the shared board, or put it back. */
export function BoardPostIt({
  postIt: p,
  t,
  onHide,
}: {
  postIt: PostItView;
  t: Translate;
  onHide?: (id: string, hidden: boolean) => Promise<unknown>;
}): ReactNode {
  const styles = useStyles();
  return (
    <div className={styles.postIt} style={p.hidden ? { opacity: 0.6 } : undefined}>
      <span>{p.text}</span>
      {p.hidden && <em>{t('tab.agenda.hiddenPostIt')}</em>}
      {onHide && (
        <Button size="small" appearance="subtle" onClick={() => void onHide(p.id, !p.hidden)}>
          {p.hidden ? t('tab.agenda.unhide') : t('tab.agenda.hide')}
        </Button>
      )}
    </div>
  );
}
