import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/bank-connect-error.js';
import type { BankConnectError } from '../../src/bank-connect-error.js';

/** Strings attackers and accidents send. */
const CORPUS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=2">',
  "'><script>window.__pwned=3</script>",
  'javascript:window.__pwned=4',
  'JaVaScRiPt:window.__pwned=5',
  'data:text/html,<script>window.__pwned=6</script>',
  '\u202eevil\u202c',
  '\u0000\u0001\u001f',
  '${window.__pwned=7}',
  '{{constructor.constructor("window.__pwned=8")()}}',
  '<style>*{display:none}</style>',
  '" style="display:none',
  'x'.repeat(100_000),
  '__proto__',
  'https://evil.example/"><img src=x onerror=window.__pwned=9>',
];

const untrusted = fc.oneof(
  fc.constantFrom(...CORPUS),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.tuple(fc.constantFrom(...CORPUS), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
);

/** Everything the template itself can produce: anything else came from input. */
const TAGS = new Set(['div', 'svg', 'path', 'p', 'span', 'slot', 'button', 'a']);
const ATTRIBUTES = new Set([
  'part',
  'class',
  'role',
  'lang',
  'dir',
  'hidden',
  'viewbox',
  'aria-hidden',
  'focusable',
  'd',
  'data-action',
  'name',
  'type',
  'href',
  'target',
  'rel',
]);

function assertOnlyOwnMarkup(el: BankConnectError) {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(TAGS.has(node.localName), `<${node.localName}>`).to.be.true;
    for (const { name, value } of node.attributes) {
      expect(ATTRIBUTES.has(name.toLowerCase()), `${node.localName} [${name}]`).to.be.true;
      if (name === 'href') expect(value.startsWith('https://'), value).to.be.true;
    }
  }
  for (const { name } of el.attributes) {
    expect(name === 'style' || name.startsWith('on'), `host [${name}]`).to.be.false;
  }
  expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).not.to.equal('');
}

describe('untrusted input stays text (property-based)', () => {
  const errors: unknown[] = [];
  const originalError = console.error;
  let el: BankConnectError;
  before(() => {
    console.error = (...args: unknown[]) => errors.push(args);
  });
  after(() => {
    console.error = originalError;
  });
  beforeEach(async () => {
    el = await fixture<BankConnectError>(html`<bank-connect-error></bank-connect-error>`);
  });
  afterEach(() => {
    expect((window as { __pwned?: unknown }).__pwned, 'no script ran').to.be.undefined;
    expect(errors, 'nothing logged as an error').to.deep.equal([]);
  });

  const ATTRIBUTE_NAMES = [
    'code',
    'provider',
    'institution',
    'institution-url',
    'actions',
    'parent-origin',
    'variant',
    'theme',
  ];

  it('for every attribute, alone and together', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ATTRIBUTE_NAMES),
        untrusted,
        fc.dictionary(fc.constantFrom(...ATTRIBUTE_NAMES), untrusted),
        async (name, value, others) => {
          for (const [other, otherValue] of Object.entries(others))
            el.setAttribute(other, otherValue);
          el.setAttribute(name, value);
          await el.updateComplete;
          assertOnlyOwnMarkup(el);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('for every property, with any value at all', async () => {
    const PROPERTIES = [
      'code',
      'provider',
      'institution',
      'institutionUrl',
      'actions',
      'parentOrigin',
      'variant',
      'theme',
      'hideReference',
      'error',
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PROPERTIES),
        fc.oneof(untrusted, fc.anything()),
        async (name, value) => {
          (el as unknown as Record<string, unknown>)[name] = value;
          await el.updateComplete;
          assertOnlyOwnMarkup(el);
          (el as unknown as Record<string, unknown>)[name] = undefined;
        },
      ),
      { numRuns: 150 },
    );
  });

  it('for raw payloads shaped like the providers’ but filled with anything', async () => {
    const code = fc.oneof(untrusted, fc.integer(), fc.double(), fc.anything());
    const payload = fc.oneof(
      code.map((c) => ({ code: c, message: 'x' })),
      code.map((c) => ({ HttpStatusCode: 401, FlinksCode: c, Message: 'x' })),
      code.map((c) => ({ aggregationStatusCode: c })),
      fc.array(code, { maxLength: 5 }).map((codes) => ({
        event: 'verifications.updated',
        data: {
          resource: { status: { state: 'PAUSED', errors: codes.map((c) => ({ code: c })) } },
        },
      })),
      fc.anything(),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(payload, async (value) => {
        el.error = value;
        await el.updateComplete;
        assertOnlyOwnMarkup(el);
        expect(el.resolution.known || el.resolution.reason === 'unknown').to.be.true;
      }),
      { numRuns: 200 },
    );
  });
});
