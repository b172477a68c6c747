import { graphql } from '../gql';

/** Everything the desk shows of an event, the same wherever it is listed. */
export const AUDIT_EVENT_FIELDS = graphql(`
  fragment AuditEventFields on AuditEvent {
    streamId
    streamVersion
    globalPosition
    eventId
    type
    schemaVersion
    recordedAt
    actor
    role
    correlationId
    causationId
    data
    metadata
    hash
    previousHash
  }
`);
