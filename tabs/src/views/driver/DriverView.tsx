import type { ReactNode } from 'react';
import { Loaded } from '../../components/Loaded';
import type { ViewProps } from '../view-props';
import { DriverCanvas } from './DriverCanvas';
import { useDriver } from './use-driver';

/** The community's driver: its canvas, its earlier versions and the rating trend. */
export function DriverView(props: ViewProps): ReactNode {
  const { driver, topics } = useDriver(props);
  return (
    <Loaded
      state={driver}
      t={props.t}
      render={(data) => <DriverCanvas {...props} data={data} topics={topics} onSaved={driver.reload} />}
    />
  );
}
