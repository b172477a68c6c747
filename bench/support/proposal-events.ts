import { EventToAppend } from '@hyeopchi/event-store';
import { randomUUID } from 'node:crypto';

/** Submitted proposals as the store keeps them: a Korean title, a paragraph, ids of what they serve, and who. */
export function proposalEvents(count: number): EventToAppend[] {
  return Array.from({ length: count }, () => ({
    eventId: randomUUID(),
    type: 'proposal.submitted.v1',
    data: {
      title: '마포구 주민 참여형 공원 그늘막 설치',
      body: 'Residents ask for shade canopies in three neighbourhood parks before the summer heat. '.repeat(
        3,
      ),
      strategies: ['strategy-5'],
      departments: ['parks-and-landscaping'],
      district: 'Mapo-gu',
    },
    metadata: {
      actor: 'user-42',
      role: 'cso_member',
      correlationId: randomUUID(),
      causationId: randomUUID(),
    },
  }));
}
