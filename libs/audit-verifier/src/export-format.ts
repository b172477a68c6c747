/**
 * The layout of an audit export (docs/audit.md, "Export"): a manifest, the public key, and per service its
 * events (NDJSON, tree order), its signed checkpoints and inclusion proofs of its decisions.
 */
export const EXPORT_FORMAT = 'hyeopchi-audit-export/1';
export const MANIFEST_FILE = 'manifest.json';
export const PUBLIC_KEY_FILE = 'checkpoint-signing.pub';
export const eventsFile = (service: string) => `${service}.events.ndjson`;
export const checkpointsFile = (service: string) => `${service}.checkpoints.ndjson`;
export const proofsFile = (service: string) => `${service}.proofs.ndjson`;

/** Events whose inclusion the export proves against its latest checkpoint: what auditors most often cite. */
export const PROVEN_EVENT_TYPE = 'session.decision_recorded.v1';

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  keyName: string;
  /** The last global position included, when the export stops there. */
  upto: number | null;
  services: { name: string; origin: string; events: number; checkpoints: number }[];
}

/** A line of `<service>.checkpoints.ndjson`. */
export interface ExportedCheckpoint {
  treeSize: number;
  note: string;
}

/** A line of `<service>.proofs.ndjson`: RFC 9162 inclusion of one event in the tree of `treeSize`. */
export interface ExportedInclusionProof {
  eventId: string;
  leafIndex: number;
  treeSize: number;
  path: string[];
}
