import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, hashInputs } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined properties and writes -0 as 0', () => {
    expect(canonicalJson({ b: 1, a: [1, 'x', null, { d: true, c: -0 }], skipped: undefined })).toBe(
      '{"a":[1,"x",null,{"c":0,"d":true}],"b":1}',
    );
  });

  it('writes numbers in their shortest round-trip form', () => {
    expect(canonicalJson([0.1 + 0.2, 1e21, 5e-7, 100])).toBe(
      '[0.30000000000000004,1e+21,5e-7,100]',
    );
  });

  it('orders keys by UTF-16 code units', () => {
    expect(canonicalJson({ b: 0, B: 0, é: 0, a: 0 })).toBe('{"B":0,"a":0,"b":0,"é":0}');
  });

  it('refuses what JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson([undefined])).toThrow(/undefined/);
    expect(() => canonicalJson([1, , 2])).toThrow(/undefined/);
    expect(() => canonicalJson({ when: new Date(0) })).toThrow(/plain/);
    expect(() => canonicalJson(1n)).toThrow(/bigint/);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow(/cycle/);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { a: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"a":1},{"a":1}]');
  });

  it('is independent of key insertion order and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(canonicalJson(JSON.parse(canonicalJson(value)))).toBe(canonicalJson(value));
      }),
      { numRuns: 100 },
    );
  });
});

describe('hashInputs', () => {
  it('is the SHA-256 of the canonical text', () => {
    // printf '{}' | sha256sum
    expect(hashInputs({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    // printf '{"a":[1,"x",null],"b":1}' | sha256sum
    expect(hashInputs({ b: 1, a: [1, 'x', null] })).toBe(
      '26417a223ab477f8e008da7934835a26a7fa2af33015bc021931654d2e59061a',
    );
  });
});
