import type { Reminder } from '../../domain/schedule/reminder';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { personalChatOf, placeOf } from '../channel-places';
import { postClosingSurvey, updateClosingSurveyCardOf } from '../activities/closing-survey-handlers';
import { actionReminderCard, personalActionReminderCard, sessionReminderCard } from '../cards/reminder-cards';

/**
 * The scheduler's send port: each reminder as a card in the community's channel, through the pacer.
 * Throws when it cannot be posted, so the scheduler tries again on a later tick.
 */
export function reminderSender(services: BotServices): (reminder: Reminder) => Promise<void> {
  return async (reminder) => {
    const community = await services.deps.store.communities.get(reminder.communityId);
    const place = await placeOf(services.deps.store, reminder.communityId);
    if (!community || !place) throw new Error('no channel known for this community yet');
    const lang = community.value.language;
    const t = translator(lang);
    switch (reminder.kind) {
      case 'session':
        return services.proactive.post(place.reference, sessionReminderCard(reminder, lang, t));
      case 'action': {
        const chat = await personalChatOf(services.deps.store, reminder.action.ownerId);
        if (chat) return services.proactive.post(chat, personalActionReminderCard(reminder, lang, t));
        return services.proactive.post(place.reference, actionReminderCard(reminder, reminder.action.ownerId, lang, t));
      }
      case 'closing-survey':
        return postClosingSurvey(services, place, reminder, lang);
      case 'closing-survey-closed':
        return updateClosingSurveyCardOf(services, reminder.communityId, reminder.planned.key);
    }
  };
}
