import { CHANNEL, TEAM, message, users, type TestUser } from '../fakes/activities';
import { buildReportModel } from '../../domain/report/build-report-model';
import { communityView } from '../../server/tab-api/views/community-view';
import { cardOf, textsOf, visibleText } from './card-reading';
import type { Harness } from './harness';
import { useHarness } from './use-harness';

const harness = useHarness();
let h: Harness;
let where: { serviceUrl: string };
const biology = { name: 'Vakgroep Biologie', channels: [{ id: TEAM.id }, { id: CHANNEL.id, name: 'PLG' }] };
beforeEach(() => {
  harness.h.connector.teams[TEAM.id] = biology;
  ({ h, where } = harness);
});

async function say(text: string, from: TestUser = users.griet, locale = 'nl-BE') {
  const before = h.connector.calls.length;
  expect((await h.post(message(text, from, { ...where, locale }))).status).toBe(200);
  return h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
}

const community = async () =>
  (await h.app.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id }))?.value;

/** A Teams event in the team: a rename of the team or of a channel. */
const teamsEvent = (channelData: Record<string, unknown>) =>
  h.post({
    type: 'conversationUpdate',
    id: 'event-1',
    channelId: 'msteams',
    serviceUrl: where.serviceUrl,
    from: users.griet,
    recipient: { id: '28:leerkring-bot', name: 'Leerkring' },
    conversation: { id: TEAM.id, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' }, ...channelData },
  });

describe('the community is named after its team and channel', () => {
  it('asks Teams when founded; reports, calendar files, the schedule and the tab carry the name', async () => {
    await say('/start-bijeenkomst');
    expect((await community())?.name).toBe('Vakgroep Biologie · PLG');
    expect((await community())?.teamsNames).toEqual({ team: 'Vakgroep Biologie', channel: 'PLG' });

    await say('/plannen elke derde dinsdag 15:00-16:30');
    const [schedule] = await say('/planning');
    const card = cardOf(schedule!.activity);
    expect(visibleText(card)).toContain('Vakgroep Biologie · PLG');
    const ics = /"url":"([^"]+\.ics)"/.exec(JSON.stringify(card))?.[1] ?? '';
    const file = (await (await fetch(`${h.url}${new URL(ics).pathname}`)).text()).replace(/\r\n[ \t]/g, '');
    expect(file).toContain('Vakgroep Biologie · PLG');
    expect(file).not.toContain('Leerkring — Leerkring');

    const c = (await community())!;
    const session = (await h.app.deps.store.sessions.latest(c.id))!.value;
    const model = await buildReportModel(h.app.deps, session.id);
    expect(model.ok && model.value.community.name).toBe('Vakgroep Biologie · PLG');
    expect((await communityView(h.app.deps, c, new Date())).name).toBe('Vakgroep Biologie · PLG');
  });

  it("is the team's name alone in the General channel", async () => {
    const general = message('/start-bijeenkomst', users.griet, { ...where, locale: 'nl-BE' });
    general.conversation = { ...(general.conversation as object), id: `${TEAM.id};messageid=1` };
    general.channelData = { team: TEAM, channel: { id: TEAM.id }, tenant: { id: 'tenant-1' } };
    expect((await h.post(general)).status).toBe(200);
    const founded = await h.app.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: TEAM.id });
    expect(founded?.value.name).toBe('Vakgroep Biologie');
  });

  it('is founded with the name it has when Teams fails, and named from Teams at the next command', async () => {
    h.connector.teamLookup = 'fail';
    const started = textsOf(await say('/start-bijeenkomst')).join('\n');
    expect(started).toContain('Bijeenkomst 1 is begonnen');
    expect((await community())?.name).toBe(TEAM.name);
    h.connector.teamLookup = 'answer';
    await say('/agenda');
    expect((await community())?.name).toBe('Vakgroep Biologie · PLG');
  });

  it('answers without waiting long when Teams does not answer at all', async () => {
    h.connector.teamLookup = 'hang';
    const started = textsOf(await say('/start-bijeenkomst')).join('\n');
    expect(started).toContain('Bijeenkomst 1 is begonnen');
    expect((await community())?.teamsNames).toBeUndefined();
  });

  it('follows renames of the team and the channel, until a facilitator names it', async () => {
    await say('/start-bijeenkomst');
    expect((await teamsEvent({ eventType: 'teamRenamed', team: { id: TEAM.id, name: 'Biologie' } })).status).toBe(200);
    expect((await community())?.name).toBe('Biologie · PLG');
    await teamsEvent({
      eventType: 'channelRenamed',
      team: { id: TEAM.id },
      channel: { id: CHANNEL.id, name: 'Sessies' },
    });
    expect((await community())?.name).toBe('Biologie · Sessies');

    await say('/gemeenschap naam PLG Evaluatie');
    await teamsEvent({ eventType: 'teamRenamed', team: { id: TEAM.id, name: 'Wetenschappen' } });
    expect((await community())?.name).toBe('PLG Evaluatie');
    expect((await community())?.teamsNames?.team).toBe('Wetenschappen');
  });
});

describe('/community name and /community language', () => {
  it('lets a facilitator name the community, in Dutch and in English', async () => {
    await say('/start-bijeenkomst');
    const [nl] = textsOf(await say('/gemeenschap naam PLG Evaluatie'));
    expect(nl).toContain('Deze leergemeenschap heet nu “PLG Evaluatie”.');
    const [en] = textsOf(await say('/community name  Assessment   circle ', users.griet, 'en-GB'));
    expect(en).toContain('This community is now called “Assessment circle”.');
    expect((await community())?.name).toBe('Assessment circle');
  });

  it('refuses a member, and hands back a name that is too long, naming the field', async () => {
    await say('/start-bijeenkomst');
    const [member] = textsOf(await say('/gemeenschap naam Mijn kring', users.pieter));
    expect(member).toContain('Alleen een trekker kan dat doen. De trekkers van deze leergemeenschap: Griet Van Damme.');
    expect(member).not.toContain('Mijn kring');
    const long = 'Een heel lange naam '.repeat(5).trim();
    const [tooLong] = textsOf(await say(`/gemeenschap naam ${long}`));
    expect(tooLong).toContain('De naam van de leergemeenschap is te lang: 99 tekens, hoogstens 80.');
    expect(tooLong).toContain(long);
    const [empty] = textsOf(await say('/community name', users.griet, 'en-GB'));
    expect(empty).toContain("Give the community's name after the command");
    expect((await community())?.name).toBe('Vakgroep Biologie · PLG');
  });

  it('sets the language of the community, answering in that language; members are refused', async () => {
    await say('/start-bijeenkomst');
    const [en] = textsOf(await say('/gemeenschap taal en'));
    expect(en).toContain("From now on this community's cards, reports and calendar files are in English.");
    expect((await community())?.language).toBe('en');
    const [agenda] = textsOf(await say('/planning'));
    expect(agenda).toContain('Vakgroep Biologie · PLG');
    const [refused] = textsOf(await say('/community language nl', users.pieter, 'en-GB'));
    expect(refused).toContain('Only a facilitator can do that.');
    const [unknown] = textsOf(await say('/community language fr', users.griet, 'en-GB'));
    expect(unknown).toContain("The community's language is nl (Dutch) or en (English)");
    expect(unknown).toContain('fr');
    const [nl] = textsOf(await say('/community language nl', users.griet, 'en-GB'));
    expect(nl).toContain(
      'Vanaf nu zijn de kaarten, verslagen en agendabestanden van deze leergemeenschap in het Nederlands.',
    );
    expect((await community())?.language).toBe('nl');
  });
});
