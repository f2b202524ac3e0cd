import type { ReactNode } from 'react';
import { Title3 } from '@fluentui/react-components';
import type { Translate } from '../i18n';
import { useStyles } from '../ui';
import type { Loadable } from '../use-data';
import { Loaded } from './Loaded';

/** A view that is one list: its heading, then the items once loaded, or `none` when there are none. */
export function ListPage<T>({
  heading,
  state,
  t,
  none,
  items,
}: {
  heading: string;
  state: Loadable<T>;
  t: Translate;
  none: string;
  items: (data: T) => ReactNode[];
}): ReactNode {
  const styles = useStyles();
  const render = (data: T) => {
    const shown = items(data);
    return shown.length === 0 ? <p>{none}</p> : <div className={styles.list}>{shown}</div>;
  };
  return (
    <div className={styles.page}>
      <Title3 as="h2" className={styles.heading}>
        {heading}
      </Title3>
      <Loaded state={state} t={t} render={render} />
    </div>
  );
}
