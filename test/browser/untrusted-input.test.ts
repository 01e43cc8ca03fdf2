import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/bank-connect-error.js';
import type { BankConnectError } from '../../src/bank-connect-error.js';
import { buttonLabels, part, visibleText } from './helpers.js';

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

const revocable = Proxy.revocable({}, {});
revocable.revoke();

/** Values no string can be made of: `String()` of each throws. */
const UNSTRINGABLE: [string, unknown][] = [
  ['an object with no prototype', Object.create(null)],
  [
    'an object whose toString throws',
    {
      toString() {
        throw new Error('toString');
      },
    },
  ],
  [
    'an object whose Symbol.toPrimitive throws',
    {
      [Symbol.toPrimitive]() {
        throw new Error('toPrimitive');
      },
    },
  ],
  ['a revoked proxy', revocable.proxy],
  ['a symbol', Symbol('institution')],
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
        fc.oneof(
          untrusted,
          fc.anything({ withNullPrototype: true, withBoxedValues: true }),
          // By index: fast-check cannot hold a revoked proxy itself.
          fc.nat(UNSTRINGABLE.length - 1).map((index) => ({ unstringable: index })),
        ),
        async (name, generated) => {
          const value = Object.hasOwn(Object(generated), 'unstringable')
            ? UNSTRINGABLE[(generated as { unstringable: number }).unstringable]![1]
            : generated;
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

describe('a property value that is no string', () => {
  const PROPERTIES = ['institution', 'institutionUrl', 'actions'] as const;
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));
  afterEach(() => expect(rejections, 'no update failed').to.deep.equal([]));

  for (const property of PROPERTIES) {
    for (const [name, value] of UNSTRINGABLE) {
      it(`${property} set to ${name} reads as empty, and the rest of the update still happens`, async () => {
        const el = await fixture<BankConnectError>(
          html`<bank-connect-error
            provider="finicity"
            code="103"
            institution="Tangerine"
            institution-url="https://www.tangerine.ca/"
            actions="retry visit_institution"
          ></bank-connect-error>`,
        );
        expect(el.shadowRoot!.querySelector('a[href]')).to.exist;
        // One update: the unstringable value, a new code and the bank link taken away.
        (el as unknown as Record<string, unknown>)[property] = value;
        el.code = '910';
        if (property !== 'institutionUrl') el.institutionUrl = '';
        await el.updateComplete;
        expect(el.resolution.reason).to.equal('institution_outage');
        expect(el.shadowRoot!.querySelector('a[href]'), 'the bank link is gone').to.be.null;
        expect(visibleText(el, 'title')).to.equal(
          property === 'institution'
            ? 'The connection to your bank is down'
            : 'The connection to Tangerine is down',
        );
        expect(buttonLabels(el)).to.deep.equal(property === 'actions' ? [] : ['Try again']);

        // And the next update is not stuck either.
        el.institution = 'Simplii';
        await el.updateComplete;
        expect(visibleText(el, 'title')).to.equal('The connection to Simplii is down');
        expect(part(el, 'reference')!.textContent).to.contain('910');
      });
    }
  }
});

describe('a runaway value is read no further than a real one could go', () => {
  const MEGABYTES_10 = 10 * 1024 * 1024;

  it('actions: names beyond the first few hundred characters are never read', async () => {
    const el = await fixture<BankConnectError>(
      html`<bank-connect-error provider="finicity" code="103"></bank-connect-error>`,
    );
    el.setAttribute('actions', `retry${' '.repeat(MEGABYTES_10)}visit_institution`);
    await el.updateComplete;
    expect(buttonLabels(el)).to.deep.equal(['Try again']);
  });

  it('institution-url: a 10 MB address is no bank’s website, and is not parsed', async () => {
    const el = await fixture<BankConnectError>(
      html`<bank-connect-error
        provider="finicity"
        code="936"
        actions="visit_institution retry"
      ></bank-connect-error>`,
    );
    el.setAttribute('institution-url', `https://bank.example/${'a'.repeat(MEGABYTES_10)}`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[href]')).to.be.null;
  });

  it('institution and code: cut before they are cleaned, so what lies beyond is never read', async () => {
    const el = await fixture<BankConnectError>(html`<bank-connect-error></bank-connect-error>`);
    el.institution = `Tangerine${'\u200b'.repeat(MEGABYTES_10)}Bank`;
    el.code = `Invalid${'\u200b'.repeat(MEGABYTES_10)}Login`;
    await el.updateComplete;
    expect(el.resolution.code).to.equal('Invalid');
    expect(visibleText(el, 'message')).not.to.contain('Bank');
  });
});

describe('what reaches the borrower or the console from hostile text', () => {
  const HIDDEN = [
    '\u061c',
    '\u{e0041}',
    '\ufff9',
    '\u00ad',
    '\u180e',
    '\u034f',
    '\u3164',
    '\ufe0f',
    '\u202e',
    '\ud800',
  ];

  it('the reference line holds no invisible or formatting character (property-based)', async () => {
    const el = await fixture<BankConnectError>(html`<bank-connect-error></bank-connect-error>`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(fc.constantFrom(...HIDDEN), fc.string({ unit: 'binary', maxLength: 5 })),
          {
            maxLength: 20,
          },
        ),
        async (pieces) => {
          el.code = `INVALID${pieces.join('')}LOGIN`;
          await el.updateComplete;
          const reference = part(el, 'reference')?.textContent ?? '';
          expect(reference).not.to.match(/[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/u);
          expect(el.resolution.code).not.to.match(
            /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/u,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('development warnings quote hostile values escaped, never in the format string', async () => {
    const calls: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => calls.push(args);
    try {
      // Unique each run: a warning is given once per message.
      const mark = Math.random().toString(36).slice(2);
      const el = await fixture<BankConnectError>(html`<bank-connect-error></bank-connect-error>`);
      el.actions = `retry %c%s\u202e\u001b[2J${mark}`;
      el.institutionUrl = `javascript:%c\u202e${mark}`;
      el.code = `%s%c\u0085${mark}`;
      el.parentOrigin = `%o\u2066${mark}`;
      await el.updateComplete;
      const ours = calls.filter(([first]) => first === '<bank-connect-error>:');
      expect(ours.length, 'one warning for each bad value').to.equal(4);
      expect(calls.length, 'no other console.warn call').to.equal(4);
      for (const [, message, ...rest] of ours) {
        expect(rest).to.deep.equal([]);
        expect(message).to.be.a('string').and.contain(mark);
        expect(message).not.to.match(/[\p{Cc}\p{Cf}]/u);
      }
      expect(ours.map(([, message]) => message).join('\n')).to.contain('\\u{202e}');
    } finally {
      console.warn = original;
    }
  });
});
