import type { ReactNode } from 'react';
import { Loaded } from '../../components/Loaded';
import { useStyles } from '../../ui';
import type { ViewProps } from '../view-props';
import { AgreementsCard } from './AgreementsCard';
import { ExportCard } from './ExportCard';
import { MembersCard } from './MembersCard';
import { ScheduleCard } from './ScheduleCard';
import { useCommunity } from './use-community';

/** The community: its members, its agreements, the planned sessions and (for facilitators) the export. */
export function CommunityView(props: ViewProps): ReactNode {
  const state = useCommunity(props);
  const styles = useStyles();
  const { t, lang } = props;
  return (
    <Loaded
      state={state}
      t={t}
      render={(data) => (
        <div className={styles.page}>
          <div className={styles.grid}>
            <MembersCard
              members={data.members}
              t={t}
              {...(props.role === 'facilitator' ? { steer: { api: props.api, communityId: props.communityId } } : {})}
            />
            <AgreementsCard agreements={data.agreements} t={t} />
            {props.role === 'facilitator' && <ExportCard {...props} />}
            <ScheduleCard schedule={data.schedule} nextNumber={data.nextNumber} t={t} lang={lang} />
          </div>
        </div>
      )}
    />
  );
}
