import { PROVIDERS, type Provider } from '../../src/bank-connect-error.js';

/** A real payload as a lender's page or backend receives it, for the playground's examples. */
export interface ExamplePayload {
  id: string;
  provider: Provider;
  label: string;
  /** Where the payload was found. */
  source: string;
  text: string;
}

interface PayloadFixture {
  about: string;
  source: string;
  payload: unknown;
}

// The test fixtures are the examples: every shape the tests read, each with its source.
const FIXTURES = import.meta.glob<PayloadFixture>('../../test/fixtures/payloads/*/*.json', {
  eager: true,
  import: 'default',
});

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** Grouped by provider in the catalog's order, then by file name. */
export const EXAMPLE_PAYLOADS: readonly ExamplePayload[] = Object.entries(FIXTURES)
  .map(([path, fixture]) => {
    const [folder, file] = path.split('/').slice(-2) as [Provider, string];
    return {
      id: `${folder}/${file.replace(/\.json$/, '')}`,
      provider: folder,
      label: fixture.about,
      source: fixture.source,
      text: pretty(fixture.payload),
    };
  })
  .filter((example) => PROVIDERS.includes(example.provider))
  .sort(
    (a, b) =>
      PROVIDERS.indexOf(a.provider) - PROVIDERS.indexOf(b.provider) || a.id.localeCompare(b.id),
  );

/** The examples of one provider, for an `<optgroup>`. */
export const examplesOf = (provider: Provider) =>
  EXAMPLE_PAYLOADS.filter((example) => example.provider === provider);

export interface ParsedPayload {
  /** What the element's `error` property gets: the parsed JSON, the raw text, or nothing. */
  value: unknown;
  /** Why the text is not JSON, for the borrower-free side of the demo. */
  problem: string;
}

/**
 * The pasted text as the element should receive it. Text that isn't JSON is passed on as it is:
 * the element reads it as an unknown payload and shows its generic message, as it would in a page.
 */
export function parsePayload(text: string): ParsedPayload {
  if (text.trim() === '') return { value: undefined, problem: '' };
  try {
    return { value: JSON.parse(text) as unknown, problem: '' };
  } catch (error) {
    return { value: text, problem: error instanceof Error ? error.message : String(error) };
  }
}
