import { loadClosingSurvey } from '../domain/activities/closing-survey/closing-survey';
import type { Deps } from '../domain/ports';
import type { CardData } from './check-in-actions';
import type { TurnInfo } from './turn-info';

/** Card fields that name a session; the check-in card's "done" button names the earlier session of the action too. */
const SESSION_FIELDS = ['sessionId', 'actionSessionId'] as const;

/**
 * Whether a card click (or refresh) may act here: every session or closing questionnaire its data names belongs to the
 * community of the conversation it came from (the team channel or group chat). The ids are on every card, so without
 * this anyone could click into another community's session from anywhere. Cards that name neither (the data cards)
 * act on the conversation they are clicked in or on the person who asked, and their handlers check that themselves.
 */
export async function cardBelongsHere(deps: Deps, turn: TurnInfo, data: CardData): Promise<boolean> {
  const owners = await ownersOf(deps, data);
  if (owners.length === 0) return true;
  const here = turn.place ? await deps.store.communities.findByChannel(turn.place.channel) : undefined;
  return here !== undefined && owners.every((id) => id === here.value.id);
}

/** The communities of what the card names; an id that names nothing has no owner, and its handler says so. */
async function ownersOf(deps: Deps, data: CardData): Promise<string[]> {
  const owners: string[] = [];
  for (const name of SESSION_FIELDS) {
    const id = data[name];
    const session = typeof id === 'string' && id ? await deps.store.sessions.get(id) : undefined;
    if (session) owners.push(session.value.communityId);
  }
  const surveyId = data.surveyId;
  const survey = typeof surveyId === 'string' && surveyId ? await loadClosingSurvey(deps, surveyId) : undefined;
  if (survey) owners.push(survey.communityId);
  return owners;
}
