import { Kind, OperationDefinitionNode, SelectionSetNode, parse } from 'graphql';
import { RateLimiter, rootFieldsOf } from '../src/rate-limit';

const costOf = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = new Map<string, SelectionSetNode>(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet]] : [],
    ),
  );
  return rootFieldsOf(operation, fragments);
};

describe('the rate limit', () => {
  it('counts root fields, each alias once, through fragments, and not __typename', () => {
    expect(costOf('{ proposals { totalCount } }')).toBe(1);
    expect(costOf('{ a: proposals { totalCount } b: proposals { totalCount } __typename }')).toBe(2);
    expect(costOf('{ ...twice } fragment twice on Query { a: me { subject } b: me { subject } }')).toBe(2);
    expect(costOf('{ ... on Query { me { subject } departments { open } } }')).toBe(2);
  });

  it('lets a caller spend its burst, refills over time, and keeps callers apart', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 10, perMinute: 60 }, () => now);
    expect(limiter.take('kim', 8)).toEqual({ allowed: true });
    expect(limiter.take('kim', 3)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('lee', 10)).toEqual({ allowed: true });
    now += 1_000;
    expect(limiter.take('kim', 3)).toEqual({ allowed: true });
    now += 60_000;
    expect(limiter.take('kim', 11)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('kim', 10)).toEqual({ allowed: true });
  });
});
