import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Proposal, ProposalStatus, draftedProposals } from './civic.entities';

/** The longest text a search takes, in characters (code points). */
export const MAX_SEARCH_CHARACTERS = 200;

export interface ProposalConditions {
  status?: ProposalStatus | null;
  serves?: string | null;
  department?: string | null;
  district?: string | null;
  spaceId?: string | null;
  /** Contained in the title or the body, case-insensitive as the database lower-cases. */
  text?: string | null;
}

/**
 * The text a search looks in. Korean has no spaces between morphemes and PostgreSQL has no Korean parser, and
 * pg_trgm drops Hangul where the database's ctype is C (the embedded PostgreSQL's `--no-locale`): so the index
 * holds every 1- and 2-character piece of the lower-cased text (pg_bigm's idea, in plain SQL), which serves any
 * language and any query. The function's name carries a version: an index's IMMUTABLE function is never
 * changed in place (the index would go on answering by the old one), a new version goes beside it.
 */
const SEARCHED = "coalesce(proposal.title, '') || ' ' || coalesce(proposal.body, '')";

/**
 * Statements giving a read models schema (quoted) the search index, after its tables exist. The entity declares
 * the index with `synchronize: false`, so TypeORM leaves it be.
 */
export function proposalSearchSql(schema: string): string[] {
  return [
    `CREATE OR REPLACE FUNCTION ${schema}.search_grams_v1(value text, with_single_characters boolean)
       RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
       -- costly per row: a plan that filters rows runs the cheap substring check first, or reads the index
       COST 10000
       RETURN ARRAY(
         SELECT DISTINCT substr(lowered, start, size)
         FROM lower(value) AS lowered,
              generate_series(CASE WHEN with_single_characters THEN 1 ELSE 2 END, 2) AS size,
              generate_series(1, char_length(lowered) - size + 1) AS start)`,
    `CREATE INDEX IF NOT EXISTS proposals_text_grams ON ${schema}.proposals
       USING gin (${schema}.search_grams_v1(${SEARCHED.replaceAll('proposal.', '')}, true))`,
  ];
}

/**
 * Drafted proposals meeting every given condition. Each condition is written the way an index serves it: arrays
 * by containment (GIN), text by its pieces (GIN) and then by the text itself, so the pieces' false positives
 * never reach the caller.
 */
export function proposalsMeeting(
  manager: EntityManager,
  conditions: ProposalConditions | null,
): SelectQueryBuilder<Proposal> {
  const matching = draftedProposals(manager);
  const { status, serves, department, district, spaceId, text } = conditions ?? {};
  if (status) matching.andWhere('proposal.status = :status', { status });
  if (serves) matching.andWhere('proposal.serves @> ARRAY[CAST(:serves AS text)]', { serves });
  if (department) {
    matching.andWhere('proposal.departments @> ARRAY[CAST(:department AS text)]', { department });
  }
  if (district) matching.andWhere('proposal.district = :district', { district });
  if (spaceId) matching.andWhere('proposal.spaceId = :spaceId', { spaceId });
  if (text) {
    // a single character has no pair to look up: it is looked up alone
    matching.andWhere(
      `search_grams_v1(${SEARCHED}, true) @> search_grams_v1(CAST(:text AS text), char_length(:text) = 1)`,
      { text },
    );
    matching.andWhere(
      '(strpos(lower(proposal.title), lower(:text)) > 0 OR strpos(lower(proposal.body), lower(:text)) > 0)',
    );
  }
  return matching;
}

/** How many proposals a query finds: count(*), the id being the key (TypeORM's getCount counts DISTINCT ids). */
export async function countOf(query: SelectQueryBuilder<Proposal>): Promise<number> {
  const row = await query.clone().select('count(*)', 'count').getRawOne<{ count: string }>();
  return Number(row?.count ?? 0);
}

/** Whether a search text is short enough to take. */
export function searchableText(text: string): boolean {
  return [...text].length <= MAX_SEARCH_CHARACTERS;
}
