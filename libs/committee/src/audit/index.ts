export * from './committee-replays';

/** How the verifier reads the committee's events of earlier revisions, as the committee service does. */
export { committeeUpcasters } from '@hyeopchi/committee/domain';
