import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fromPayload, fromPayloadAll, REASONS, type Resolution } from '../../src/core/index.js';
import { PROVIDERS } from '../../src/core/vocabulary.js';

/**
 * Real payloads, one file each, grouped by provider. Each keeps where it came from and what its
 * provider's documentation says it means (see test/fixtures/payloads/README.md).
 */
interface Expected {
  reason: string;
  code?: string;
}
interface PayloadFixture {
  about: string;
  source: string;
  expect: Expected;
  /** Every code, most urgent first, when the payload holds several. */
  expectAll?: Expected[];
  /** How it reads with no provider given: the same, or `unknown` where the shape is ambiguous. */
  withoutProvider?: 'same' | 'unknown';
  payload: unknown;
}

const ROOT = new URL('../fixtures/payloads/', import.meta.url);

const fixtures = PROVIDERS.flatMap((provider) => {
  const folder = new URL(`${provider}/`, ROOT);
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.json'));
  } catch {
    // A provider with no fixtures yet fails the count below.
  }
  return names.sort().map((name) => ({
    provider,
    name,
    fixture: JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as PayloadFixture,
  }));
});

const brief = ({ reason, code }: Resolution): Expected => ({ reason, code });
const matches = (resolution: Resolution, expected: Expected) =>
  assert.deepEqual(brief(resolution), {
    reason: expected.reason,
    code: expected.code ?? resolution.code,
  });

describe('real payloads', () => {
  it('at least 40, from every provider, each with its source', () => {
    assert.ok(fixtures.length >= 40, `${fixtures.length} fixtures`);
    for (const provider of PROVIDERS) {
      assert.ok(
        fixtures.some((f) => f.provider === provider),
        provider,
      );
    }
    for (const { name, fixture } of fixtures) {
      assert.match(fixture.source, /^https:\/\//, name);
      assert.ok(fixture.about.length > 10, name);
      assert.ok((REASONS as readonly string[]).includes(fixture.expect.reason), name);
      assert.ok(fixture.payload !== undefined, name);
    }
  });

  for (const { provider, name, fixture } of fixtures) {
    describe(`${provider}/${name}: ${fixture.about}`, () => {
      it(`resolves to ${fixture.expect.reason}`, () => {
        const resolution = fromPayload(fixture.payload, provider);
        matches(resolution, fixture.expect);
        assert.equal(resolution.provider, provider);
      });

      it('reads the same from JSON text', () => {
        const text = JSON.stringify(fixture.payload);
        assert.deepEqual(fromPayload(text, provider), fromPayload(fixture.payload, provider));
      });

      it('without the provider, reads the same or as unknown, never as something else', () => {
        const resolution = fromPayload(fixture.payload);
        if ((fixture.withoutProvider ?? 'same') === 'same') {
          matches(resolution, fixture.expect);
        } else {
          assert.equal(resolution.reason, 'unknown');
        }
      });

      if (fixture.expectAll) {
        it('lists every code it holds, most urgent first', () => {
          const all = fromPayloadAll(fixture.payload, provider);
          assert.equal(all.length, fixture.expectAll!.length);
          all.forEach((resolution, i) => matches(resolution, fixture.expectAll![i]!));
        });
      }
    });
  }
});
