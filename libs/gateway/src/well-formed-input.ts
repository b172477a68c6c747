import type { ApolloServerPlugin } from '@apollo/server';
import { MALFORMED_TEXT, isWellFormedText, malformedTextIn } from '@hyeopchi/contract-kit';
import { BREAK, DocumentNode, visit } from 'graphql';
import { badInput } from '@hyeopchi/gateway-kit';

/** Where a document's string literals or its variables carry text the database cannot take, or null. */
export function malformedInputOf(document: DocumentNode, variables: unknown): string | null {
  let malformed = malformedTextIn(variables ?? {}, 'variables');
  if (!malformed) {
    visit(document, {
      StringValue(node) {
        if (!isWellFormedText(node.value)) {
          malformed = 'a string in the document';
          return BREAK;
        }
        return undefined;
      },
    });
  }
  return malformed && `${malformed} ${MALFORMED_TEXT}`;
}

/**
 * Refuses a query whose arguments carry NUL characters or unpaired surrogates (BAD_USER_INPUT) before a resolver
 * takes them to the database. A mutation goes on: its command is refused as INVALID_COMMAND, as data.
 */
export function wellFormedInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation || operation.operation === 'mutation') return;
          const malformed = malformedInputOf(document, request.variables);
          if (malformed) throw badInput(malformed, 400);
        },
      };
    },
  };
}
