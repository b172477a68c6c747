import { EventStore, EventToAppend } from '@hyeopchi/event-store';
import { randomUUID } from 'node:crypto';

/** Events of one proposal's journey that are not supports: civic 4, department 4, committee 6, feedback 4. */
export const EVENTS_BESIDES_SUPPORTS = 18;
/** Proposals a committee session takes on its agenda. */
export const ITEMS_PER_SESSION = 20;
const MEMBERS = ['member-han', 'member-yoon', 'member-seo'];

type Log = Map<string, Map<string, EventToAppend[]>>;

/**
 * Proposals `first`…`first + count - 1` through every context, as the services record them: drafted, submitted,
 * `supports` supports, the department tier, a review answered with an interim answer, a committee decision after
 * a motion and votes, and feedback on the answer. Every context's projections run; supports are most events.
 * `first` is a multiple of ITEMS_PER_SESSION, so each session is scheduled once.
 */
export function governanceLog(first: number, count: number, supports: number): Log {
  const log: Log = new Map(
    ['civic', 'department', 'committee', 'feedback'].map((context) => [context, new Map()]),
  );
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString();
  const add = (context: string, streamId: string, type: string, data: object, actor = 'system') => {
    const streams = log.get(context)!;
    if (!streams.has(streamId)) streams.set(streamId, []);
    streams.get(streamId)!.push({ eventId: randomUUID(), type, data, metadata: { actor, role: 'citizen' } });
  };
  for (let index = first; index < first + count; index++) {
    const proposalId = `bench-proposal-${index}`;
    const reviewId = `bench-review-${index}`;
    const stream = `proposal-${proposalId}`;
    const department = `department-${index % 12}`;
    add('civic', stream, 'proposal.drafted.v1', {
      proposalId,
      title: `제안 ${index}: 공원 그늘막 설치`,
      body: 'Residents ask for shade canopies in three neighbourhood parks before the summer heat.',
      serves: ['strategy-5'],
      departments: [department],
      district: 'Mapo-gu',
      authorId: `author-${index}`,
      organizationId: null,
      draftedAt: at(index),
    });
    add('civic', stream, 'proposal.submitted.v1', {
      proposalId,
      policy: {
        version: 1,
        supportWindowDays: 90,
        tiers: [{ tier: 'department_answer', measure: 'supports', threshold: Math.min(50, supports) }],
      },
      submittedAt: at(index + 1),
      supportWindowClosesAt: at(index + 90 * 1440),
    });
    for (let support = 1; support <= supports; support++) {
      add(
        'civic',
        stream,
        'proposal.supported.v1',
        {
          proposalId,
          supporterId: `citizen-${support}`,
          supports: support,
          supportedAt: at(index + 2 + support),
        },
        `citizen-${support}`,
      );
    }
    add('civic', stream, 'proposal.tier_reached.v1', {
      proposalId,
      tier: 'department_answer',
      measure: 'supports',
      threshold: Math.min(50, supports),
      count: Math.min(50, supports),
      policyVersion: 1,
      departments: [department],
      reachedAt: at(index + 60),
    });
    add('civic', stream, 'proposal.answer_received.v1', {
      proposalId,
      reviewId,
      department,
      outcome: 'referred_to_committee',
      receivedAt: at(index + 200),
    });

    const review = `review-${reviewId}`;
    add('department', review, 'review.opened.v1', {
      reviewId,
      proposalId,
      department,
      departments: [department],
      leadDepartment: department,
      openedAt: at(index + 60),
      dueAt: at(index + 60 + 30 * 1440),
    });
    add('department', review, 'review.officer_assigned.v1', {
      reviewId,
      officerId: `officer-${department}`,
      assignedAt: at(index + 61),
    });
    add('department', review, 'review.interim_answer_given.v1', {
      reviewId,
      text: 'We are surveying the parks.',
      givenBy: `officer-${department}`,
      givenAt: at(index + 100),
    });
    add('department', review, 'review.answered.v1', {
      reviewId,
      proposalId,
      department,
      outcome: 'referred_to_committee',
      reasons: 'It needs a budget decision.',
      estimatedCost: 120_000,
      answeredBy: `officer-${department}`,
      answeredAt: at(index + 200),
      late: false,
    });

    const sessionId = `bench-session-${Math.floor(index / ITEMS_PER_SESSION)}`;
    const session = `session-${sessionId}`;
    const itemId = `item-${index}`;
    const motionId = `motion-${index}`;
    if (index % ITEMS_PER_SESSION === 0)
      add('committee', session, 'session.scheduled.v1', {
        sessionId,
        scheduledFor: at(index + 300),
        roster: MEMBERS,
        quorum: 2,
        scheduledAt: at(index + 250),
      });
    add('committee', session, 'session.agenda_item_added.v1', {
      sessionId,
      itemId,
      proposalId,
      source: 'department_referral',
      addedAt: at(index + 260),
    });
    add('committee', session, 'session.motion_proposed.v1', {
      sessionId,
      itemId,
      motionId,
      text: 'Adopt the proposal.',
      proposedBy: MEMBERS[0],
      proposedAt: at(index + 300),
    });
    for (const memberId of MEMBERS)
      add('committee', session, 'session.vote_cast.v1', {
        sessionId,
        itemId,
        motionId,
        memberId,
        vote: 'for',
        castAt: at(index + 301),
      });
    add('committee', session, 'session.decision_recorded.v1', {
      sessionId,
      itemId,
      decisionId: `decision-${index}`,
      proposalId,
      source: 'department_referral',
      outcome: 'adopt',
      motionId,
      tally: { for: 3, against: 0, abstain: 0 },
      present: 3,
      quorum: 2,
      recused: [],
      rationale: 'Shade saves lives in heat waves.',
      amendments: null,
      supersedes: null,
      recordedAt: at(index + 302),
    });

    const feedback = `feedback-answer-${reviewId}`;
    add('feedback', feedback, 'feedback.opened.v1', {
      target: 'answer',
      targetId: reviewId,
      proposalId,
      invited: [`author-${index}`, 'citizen-1', 'citizen-2'],
      openedAt: at(index + 200),
    });
    for (const personId of [`author-${index}`, 'citizen-1', 'citizen-2'])
      add('feedback', feedback, 'feedback.given.v1', {
        target: 'answer',
        targetId: reviewId,
        personId,
        rating: 4,
        comment: 'Thank you.',
        givenAt: at(index + 210),
      });
  }
  return log;
}

/** Appends the log, `writers` streams at a time, in appends of at most `chunk` events. */
export async function appendLog(
  stores: ReadonlyMap<string, EventStore>,
  log: Log,
  writers = 8,
  chunk = 500,
): Promise<number> {
  const work = [...log].flatMap(([context, streams]) =>
    [...streams].map(([streamId, events]) => ({ store: stores.get(context)!, streamId, events })),
  );
  let appended = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let next = work.shift(); next; next = work.shift()) {
        for (let start = 0; start < next.events.length; start += chunk) {
          const events = next.events.slice(start, start + chunk);
          await next.store.appendToStream(next.streamId, events, 'any');
          appended += events.length;
        }
      }
    }),
  );
  return appended;
}
