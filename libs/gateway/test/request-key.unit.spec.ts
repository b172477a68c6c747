import type { IncomingMessage } from 'node:http';
import { bodyLength, documentOf, keyOf } from '../src/response-cache/request-key';
import { DOCUMENT_BYTES } from '../src/request-size';

const request = (headers: Record<string, string>, method = 'POST', url = '/graphql') =>
  ({ method, url, headers }) as unknown as IncomingMessage;
const json = { 'content-type': 'application/json', 'content-length': '30' };

describe('what the kept-answer shortcut reads ahead of Express', () => {
  it('reads a POST of plain JSON to /graphql up to a document, and a GET without a body', () => {
    expect(bodyLength(request(json))).toBe(30);
    expect(bodyLength(request({ ...json, 'content-type': 'application/json; charset=UTF-8' }))).toBe(30);
    expect(bodyLength(request({ ...json, 'content-length': String(DOCUMENT_BYTES) }))).toBe(DOCUMENT_BYTES);
    expect(bodyLength(request({}, 'GET', '/graphql?query=%7B__typename%7D'))).toBe(0);
  });

  it('leaves to Express what it reads or answers otherwise', () => {
    const fullWay = [
      request({ ...json, 'content-length': String(DOCUMENT_BYTES + 1) }),
      request({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }),
      request({ ...json, 'content-type': 'application/json; charset=utf-16le' }),
      request({ ...json, 'content-type': 'text/plain' }),
      request({ ...json, 'content-encoding': 'gzip' }),
      request({ ...json, 'if-none-match': 'W/"x"' }),
      request({ 'if-modified-since': 'Sun, 06 Dec 2026 07:00:00 GMT' }, 'GET'),
      request({ ...json, 'content-length': '0' }),
      request({ 'content-length': '3' }, 'GET'),
      request(json, 'PUT'),
      request(json, 'POST', '/graphql/'),
      request(json, 'POST', '/health'),
    ];
    for (const each of fullWay) expect(bodyLength(each)).toBeNull();
  });

  it('keys a request by its method, URL, body and every header its answer depends on', () => {
    const body = '{"query":"{ __typename }"}';
    const base = { ...json, accept: 'application/json' };
    const key = keyOf(request(base), body);
    expect(keyOf(request({ ...base, 'x-forwarded-for': '203.0.113.1', 'user-agent': 'x' }), body)).toBe(key);
    const others = [
      keyOf(request(base), `${body} `),
      keyOf(request(base, 'GET'), body),
      keyOf(request(base, 'POST', '/graphql?a'), body),
      ...[
        'authorization',
        'accept',
        'content-type',
        'apollo-require-preflight',
        'x-apollo-operation-name',
      ].map((name) => keyOf(request({ ...base, [name]: 'other' }), body)),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });

  it('finds the document in the body of a POST and in the URL of a GET', () => {
    expect(documentOf(request(json), '{"query":"{ a }","operationName":"A"}')).toEqual({
      query: '{ a }',
      operationName: 'A',
    });
    expect(documentOf(request(json), 'not json')).toEqual({});
    expect(documentOf(request({}, 'GET', '/graphql?query=%7B%20a%20%7D&operationName=A'), '')).toEqual({
      query: '{ a }',
      operationName: 'A',
    });
  });
});
