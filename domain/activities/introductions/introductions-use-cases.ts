import { ok, type Result } from '../../errors';
import type { Contribution, Deps } from '../../ports';
import { changeInPhase, type ActivityContext, type ActivityInput } from '../activity-context';
import { INTRODUCTION_KIND, parseIntroduction, type Introduction } from './introductions';

const isIntroductions = (phase: { activity: string }) => phase.activity === 'introductions';

/** Stores (or replaces) a member's introduction. */
export function introduce(deps: Deps, target: ActivityInput): Promise<Result<ActivityContext>> {
  return changeInPhase(deps, target, isIntroductions, async (context) => {
    const intro = parseIntroduction(target.raw, target.actor.name);
    if (!intro.ok) return intro;
    const id = `${target.phaseIndex}:${target.actor.userId}`;
    const existing = await deps.store.contributions.get<Introduction>(target.sessionId, INTRODUCTION_KIND, id);
    const record: Contribution<Introduction> = {
      communityId: context.community.id,
      sessionId: target.sessionId,
      phaseIndex: target.phaseIndex,
      kind: INTRODUCTION_KIND,
      id,
      authorId: target.actor.userId,
      data: intro.value,
      createdAt: existing?.value.createdAt ?? deps.clock.now().toISOString(),
    };
    const saved = await deps.store.contributions.save(record, existing?.version ?? null);
    return saved.ok ? ok(context) : 'conflict';
  });
}

/** The introductions of a phase, in the order members first introduced themselves. */
export const introductionsOf = async (
  deps: Deps,
  sessionId: string,
  phaseIndex: number,
): Promise<Contribution<Introduction>[]> =>
  (await deps.store.contributions.list<Introduction>(sessionId, INTRODUCTION_KIND)).filter(
    (c) => c.phaseIndex === phaseIndex,
  );
