import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DOCUMENTS } from '../../src/core/catalog/source.js';
import { PROVIDERS } from '../../src/core/index.js';
import { listCodes } from '../../src/catalog.js';
import { SOURCES } from '../../src/core/list-codes.js';

/** The three documents as shipped with the tests (copies of the providers' pages). */
const DOCUMENT_FILES = {
  argyle: 'test/fixtures/provider-docs/argyle-bank-connection-errors.txt',
  flinks: 'test/fixtures/provider-docs/flinks-error-codes.txt',
  finicity: 'test/fixtures/provider-docs/finicity-aggregation-status-codes.txt',
} as const;

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
type Documented = keyof typeof DOCUMENT_FILES;
const DOCUMENTED = Object.keys(DOCUMENT_FILES) as Documented[];
const documentText = Object.fromEntries(
  DOCUMENTED.map((p) => [p, squeeze(readFileSync(DOCUMENT_FILES[p], 'utf8'))]),
) as Record<Documented, string>;
const documentOf = new Map(DOCUMENTED.map((p) => [DOCUMENTS[p] as string, p]));

describe('every code cites its source', () => {
  for (const entry of listCodes()) {
    const { provider, code, description, source, note } = entry;
    it(`${provider} ${code}`, () => {
      assert.ok(description.length > 10, 'a description');
      assert.ok(source.title.length > 0 && source.quote.length > 0, 'a title and a quote');
      const document = documentOf.get(source.title);
      if (document) {
        assert.equal(document, provider, 'a provider’s code cites that provider’s document');
        assert.equal(source.url, undefined);
        assert.ok(
          documentText[document].includes(squeeze(source.quote)),
          `the quote is verbatim in ${DOCUMENT_FILES[document]}: ${source.quote}`,
        );
      } else {
        assert.match(
          source.url ?? '',
          /^https:\/\/\S+$/,
          'a source beyond the documents has a URL',
        );
      }
      if (note !== undefined) assert.ok(note.length > 10, 'a note says something');
    });
  }

  it('the sources name no code the catalogs do not publish', () => {
    for (const provider of PROVIDERS) {
      const published = new Set(listCodes(provider).map(({ code }) => code));
      for (const code of Object.keys(SOURCES[provider])) {
        assert.ok(published.has(code), `${provider} ${code} has a source but no catalog entry`);
      }
    }
  });

  it('listCodes hands out copies', () => {
    const [first] = listCodes();
    (first!.source as { quote: string }).quote = 'changed';
    assert.notEqual(listCodes()[0]!.source.quote, 'changed');
  });
});
