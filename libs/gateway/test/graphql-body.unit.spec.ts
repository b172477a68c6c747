import express from 'express';
import { nestBodyParserIn } from '../src/graphql-body';

describe("the gateway's own body parser", () => {
  it("notices Nest's default parser, which would read (and refuse over 100 KB) before it", () => {
    const withNestDefault = express();
    withNestDefault.use(express.json());
    expect(nestBodyParserIn(withNestDefault)).toBe(true);
    const without = express();
    without.use((_request, _response, next) => next());
    expect(nestBodyParserIn(without)).toBe(false);
  });
});
