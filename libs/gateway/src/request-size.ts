import { z } from 'zod';
import { PUBLIC_COMMANDS } from './contexts';

/** A string the schema leaves without a maximum is an identifier, a time or a UUID: 100 characters at most. */
const FIXED_FORM_CHARACTERS = 100;

/** What a command's text can hold at most, in UTF-16 units, every field and every item counted. */
export function largestTextOf(schema: z.ZodTypeAny, name: string): number {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional)
    return largestTextOf(schema.unwrap(), name);
  if (schema instanceof z.ZodDefault) return largestTextOf(schema.removeDefault() as z.ZodTypeAny, name);
  if (schema instanceof z.ZodString) return schema.maxLength ?? FIXED_FORM_CHARACTERS;
  if (schema instanceof z.ZodEnum)
    return Math.max(...(schema.options as string[]).map((option) => option.length));
  if (schema instanceof z.ZodArray) {
    const items = schema._def.maxLength?.value;
    if (items === undefined) throw new Error(`${name}: an array without a maximum cannot be bounded`);
    return items * largestTextOf(schema.element, name);
  }
  if (schema instanceof z.ZodTuple) {
    return (schema.items as z.ZodTypeAny[]).reduce((sum, item) => sum + largestTextOf(item, name), 0);
  }
  if (schema instanceof z.ZodObject) {
    return Object.values(schema.shape as Record<string, z.ZodTypeAny>).reduce(
      (sum, field) => sum + largestTextOf(field, name),
      0,
    );
  }
  return 0;
}

/** Room for an operation's document (at most 5,000 tokens) and JSON's framing of the request around it. */
export const DOCUMENT_BYTES = 64 * 1024;

/**
 * UTF-8 takes at most 3 bytes per UTF-16 unit (a Hangul syllable 3; an astral character 4 for its 2 units), and
 * JSON's escape of ordinary text at most 2 (a newline, a quote).
 */
const BYTES_PER_UNIT = 3;

/** Of the commands people may send (the platform's own, such as OpenFeedback's invitations, do not come this way). */
const largestCommandText = Math.max(
  ...PUBLIC_COMMANDS.map((command) => largestTextOf(command.schema, command.type)),
);

/** An HTTP request's body: the largest valid command fits, written in any script, and nothing much larger. */
export const MAX_HTTP_BODY_BYTES = DOCUMENT_BYTES + BYTES_PER_UNIT * largestCommandText;

/** A WebSocket message starts a subscription, whose arguments are identifiers: a document's room is all it needs. */
export const MAX_WEBSOCKET_MESSAGE_BYTES = DOCUMENT_BYTES;
