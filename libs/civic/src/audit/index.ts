export * from './civic-replays';

/** How the verifier reads civic's events of earlier revisions, as the civic service does. */
export { civicUpcasters } from '@hyeopchi/civic/domain';
