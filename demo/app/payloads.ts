/** A raw payload as a lender's backend receives it, for the playground's examples. */
export interface ExamplePayload {
  id: string;
  label: string;
  text: string;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

export const EXAMPLE_PAYLOADS: readonly ExamplePayload[] = [
  {
    id: 'argyle',
    label: 'Argyle webhook',
    text: pretty({
      event: 'verifications.updated',
      name: 'Loan application',
      data: {
        resource: {
          id: '0187a8f4-2c3b-4d6e-9f10-5a7b8c9d0e1f',
          user: '0187a8f4-1b2a-4c5d-8e9f-0a1b2c3d4e5f',
          status: {
            state: 'PAUSED',
            errors: [
              {
                code: 'token_invalid_or_expired',
                message: 'The connection to the banking institution has expired.',
              },
            ],
          },
        },
      },
    }),
  },
  {
    id: 'finicity',
    label: 'Finicity error body',
    text: pretty({
      code: 185,
      status: '500',
      message: 'MFA Required',
    }),
  },
  {
    id: 'flinks',
    label: 'Flinks response',
    text: pretty({
      HttpStatusCode: 401,
      FlinksCode: 'INVALID_LOGIN',
      Message: 'The username or password is incorrect.',
    }),
  },
];

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
