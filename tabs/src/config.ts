import { langOf, translator } from './i18n';

/** The configuration page: Teams asks for the tab's settings once, when the tab is added to a channel. */
async function configure(): Promise<void> {
  const { app, pages } = await import('@microsoft/teams-js');
  await app.initialize();
  const context = await app.getContext();
  const t = translator(langOf(context.app.locale));
  document.documentElement.lang = langOf(context.app.locale);
  const set = (id: string, text: string) => {
    const el = document.getElementById(id);
    if (el) el.textContent = text;
  };
  set('heading', t('tab.config.heading'));
  set('body', t('tab.config.body'));
  pages.config.registerOnSaveHandler((save) => {
    const base = `${location.origin}/tab`;
    pages.config
      .setConfig({
        entityId: 'leerkring',
        suggestedDisplayName: t('tab.config.name'),
        contentUrl: `${base}/index.html?view=channel`,
        websiteUrl: `${base}/index.html?view=channel`,
      })
      .then(
        () => save.notifySuccess(),
        (error: unknown) => save.notifyFailure(String(error)),
      );
  });
  pages.config.setValidityState(true);
}

void configure().catch(() => {
  document.getElementById('body')?.append(' (Open this page from Teams.)');
});
