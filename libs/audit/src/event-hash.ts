import { hash } from 'node:crypto';
import { ChainLink, EventContent, chainLinkJson, eventContentJson } from './portable';

/**
 * The hashes that make each stream a chain (docs/audit.md specifies both records byte for byte), computed
 * synchronously with node:crypto over the records of `./portable/event-records`.
 */
export function contentHashOf(content: EventContent): string {
  return hash('sha256', eventContentJson(content), 'hex');
}

/** The content JSON and its hash, for a writer that sends the one and chains the other. */
export function hashedContent(content: EventContent): { json: string; contentHash: string } {
  const json = eventContentJson(content);
  return { json, contentHash: hash('sha256', json, 'hex') };
}

export function eventHashOf(link: ChainLink): string {
  return hash('sha256', chainLinkJson(link), 'hex');
}
