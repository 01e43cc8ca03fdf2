import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { main } from '../../src/cli.js';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('bank-connect-error explain', () => {
  it('prints the resolution and what the borrower sees', async () => {
    const { code, out, err } = await run('explain', 'finicity', '936');
    assert.equal(code, 0);
    assert.equal(err, '');
    assert.match(out, /^finicity 936: language_not_supported \(error\)/);
    assert.match(out, /actions, best first: visit_institution, retry/);
    assert.match(out, /Online banking must be in English/);
    assert.match(out, /\[Go to your bank\] \[Try again\]/);
    assert.match(out, /Reference: Finicity 936/);
    assert.match(out, /Source: Finicity \(Mastercard Open Banking\), "Aggregation Status Codes"/);
    assert.match(out, /“The customer has a language preference other than English\./);
  });

  it('speaks the borrower’s language with --locale, and answers JSON with --json', async () => {
    const { code, out } = await run('explain', 'mastercard', '910', '--locale', 'es-MX', '--json');
    assert.equal(code, 0);
    const answer = JSON.parse(out);
    assert.equal(answer.resolution.reason, 'institution_outage');
    assert.deepEqual(answer.resolution.retryAfter, { min: 259_200, max: 432_000 });
    assert.equal(answer.shown.locale, 'es');
    assert.notEqual(answer.shown.title, 'The connection to your bank is down');
    assert.match(answer.shown.wait, /3.5/);
    assert.equal(answer.shown.buttons.length, 2);
    assert.match(answer.source.title, /Aggregation Status Codes/);
    assert.match(answer.source.quote, /3 to 5 days/);
  });

  it('gives a code from beyond the documents with the page it comes from, and our note', async () => {
    const { out } = await run('explain', 'flinks', 'Invalid Password', '--json');
    const answer = JSON.parse(out);
    assert.equal(answer.source.quote, 'The request was completed successfully.');
    assert.match(answer.note, /copy error/);
    const further = JSON.parse((await run('explain', 'finicity', '1408', '--json')).out);
    assert.match(further.source.url, /^https:\/\/developer\.mastercard\.com\//);
  });

  it('weaves in the bank’s name with --institution', async () => {
    const { code, out } = await run('explain', 'finicity', '936', '--institution', 'Tangerine');
    assert.equal(code, 0);
    assert.match(out, /\[Go to Tangerine\] \[Try again\]/);
  });

  it('prints its usage with --help and exits 0', async () => {
    const { code, out, err } = await run('--help');
    assert.equal(code, 0);
    assert.equal(err, '');
    assert.match(out, /^usage: bank-connect-error explain <provider> <code>/);
    assert.match(out, /--institution/);
  });

  it('reads any spelling of a code', async () => {
    const { code, out } = await run('explain', 'flinks', 'INVALID_LOGIN');
    assert.equal(code, 0);
    assert.match(out, /^flinks Invalid Login: invalid_credentials/);
  });

  const bad: [string, string[], number, RegExp][] = [
    ['no command', [], 2, /^usage:/],
    ['another command', ['resolve', 'finicity', '103'], 2, /^usage:/],
    ['a missing code', ['explain', 'finicity'], 2, /^usage:/],
    ['an unknown provider', ['explain', 'akoya', '103'], 2, /unknown provider "akoya"/],
    [
      'an unsupported locale',
      ['explain', 'finicity', '103', '--locale', 'xx'],
      2,
      /unsupported locale/,
    ],
    ['an unknown option', ['explain', 'finicity', '103', '--colour'], 2, /Unknown option/],
    ['an undocumented code', ['explain', 'argyle', 'nope'], 1, /documents no code "nope"/],
  ];
  for (const [name, args, exitCode, message] of bad) {
    it(`answers ${name} with one line and exit code ${exitCode}`, async () => {
      const { code, err } = await run(...args);
      assert.equal(code, exitCode);
      assert.equal(err.split('\n').length, 1);
      assert.match(err, message);
    });
  }

  describe('never echoes what a terminal would act on', () => {
    // A terminal acts on C0 and C1 controls (ESC, CSI) and shows nothing of invisible characters.
    // eslint-disable-next-line no-control-regex -- controls are what it looks for.
    const ACTIVE = /[\u0000-\u001f\u007f-\u009f\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
    const FAKE_SUCCESS = '\u001b[2J\u001b[32mfinicity 103: connected (success)\u001b[0m';
    const echoed: [string, (value: string) => string[]][] = [
      ['the provider', (value) => ['explain', value, '103']],
      ['--locale', (value) => ['explain', 'finicity', '103', '--locale', value]],
      ['an unknown option', (value) => ['explain', 'finicity', '103', `--${value}`]],
      ['an undocumented code', (value) => ['explain', 'finicity', value]],
      ['--institution', (value) => ['explain', 'finicity', '936', '--institution', value]],
    ];

    for (const [name, args] of echoed) {
      it(`${name}: quoted, escaped and cut short (property-based)`, async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(
              fc.constant(FAKE_SUCCESS),
              fc.constant(`\u009b2J\u202e${'x'.repeat(100_000)}`),
              fc.string({ unit: 'binary', maxLength: 60 }),
              fc
                .tuple(
                  fc.string(),
                  fc.constantFrom('\u001b[2J', '\u009b', '\u0007', '\r', '\u202e'),
                )
                .map(([text, control]) => text + control + text),
            ),
            async (value) => {
              const { out, err } = await run(...args(value));
              for (const text of [out, err]) {
                assert.doesNotMatch(text.replaceAll('\n', ''), ACTIVE, JSON.stringify(text));
              }
              assert.ok(err.length <= 400, `${err.length} characters`);
            },
          ),
          { numRuns: 100 },
        );
      });
    }

    it('shows the provider argument escaped, as written', async () => {
      const { code, err } = await run('explain', FAKE_SUCCESS, '103');
      assert.equal(code, 2);
      assert.equal(
        err,
        'bank-connect-error: unknown provider "\\u001b[2J\\u001b[32mfinicity 103: connected (succes"; use one of argyle, flinks, finicity, plaid, mx, yodlee.',
      );
    });
  });
});
