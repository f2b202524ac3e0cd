import type { ReactNode } from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import { useStyles } from '../../../ui';
import type { ViewProps } from '../../view-props';
import { CheckInForm } from './CheckInForm';
import { DotsForm } from './DotsForm';
import { PostItForm } from './PostItForm';
import { RatingForm } from './RatingForm';
import type { Mine } from './use-meeting';

/**
 * The member's own part in the current phase, through the same use cases as the cards. Each form is keyed on the phase:
 * a live update redraws it without clearing what the member is typing, a new phase starts it afresh.
 */
export function OwnInput(props: ViewProps & { mine: Mine; reload: () => void }): ReactNode {
  const { mine, t } = props;
  const styles = useStyles();
  const form = (() => {
    switch (mine.kind) {
      case 'check-in':
        return <CheckInForm key={mine.phaseIndex} {...props} mine={mine} />;
      case 'vote':
        return <DotsForm key={mine.phaseIndex} {...props} mine={mine} />;
      case 'board':
        return (
          <>
            <PostItForm key={mine.phaseIndex} {...props} mine={mine} />
            {mine.rating && (
              <RatingForm key={`r${mine.phaseIndex}`} {...props} phaseIndex={mine.phaseIndex} mine={mine.rating.mine} />
            )}
          </>
        );
      case 'other':
        return <p className={styles.muted}>{t('meetingViews.sidePanel.nothing')}</p>;
    }
  })();
  return (
    <section className={styles.card} aria-labelledby="own-input">
      <Subtitle2 as="h3" id="own-input" className={styles.heading}>
        {t('meetingViews.sidePanel.yours')}
      </Subtitle2>
      {form}
    </section>
  );
}
