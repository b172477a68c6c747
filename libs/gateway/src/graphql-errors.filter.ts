import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * A GraphQLError thrown by a resolver is the caller's mistake (a bad cursor, a field they may not read): it goes
 * back as it is, with its code, and is not logged as the server's error.
 */
@Catch(GraphQLError)
export class CallerErrorsFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
