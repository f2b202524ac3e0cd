import { readGraphConfig } from '../../../server/config/graph-config';
import { createReportFiler } from '../../../server/filing/create-filer';
import { singleTenantBot } from '../../helpers/bot-identity';

describe('choosing the filer from the configuration', () => {
  const bot = singleTenantBot();

  it('files locally in local mode, through Graph in the cloud, with OBO sign-ins when delegated', () => {
    expect(createReportFiler(readGraphConfig({}, 'local'), { publicUrl: 'http://localhost:3978' }).filer.kind).toBe(
      'local',
    );
    const delegated = createReportFiler(readGraphConfig(bot, 'cloud'), { publicUrl: 'https://x' });
    expect(delegated.filer.kind).toBe('graph');
    expect(delegated.obo).toBeDefined();
    const appOnly = createReportFiler(readGraphConfig({ ...bot, LEERKRING_FILING: 'app-only' }, 'cloud'), {
      publicUrl: 'https://x',
    });
    expect(appOnly).toEqual({ filer: expect.objectContaining({ kind: 'graph' }) as unknown });
  });
});
