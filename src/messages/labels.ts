import { msg, str } from '../localization/msg.js';
import { PROVIDER_NAMES, type Resolution, type Severity } from '../core/index.js';

/** Read before the title by screen readers, so the severity never rests on colour or icon alone. */
export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'error':
      return msg('Error:', {
        id: 'severity.error',
        desc: 'Screen-reader prefix before an error title.',
      });
    case 'warning':
      return msg('Warning:', {
        id: 'severity.warning',
        desc: 'Screen-reader prefix before a warning title.',
      });
    case 'info':
      return msg('Note:', {
        id: 'severity.info',
        desc: 'Screen-reader prefix before a notice title.',
      });
    case 'success':
      return msg('Success:', {
        id: 'severity.success',
        desc: 'Screen-reader prefix before a success title.',
      });
  }
}

/**
 * The line the borrower can quote to support, e.g. "Reference: Finicity 103"; empty when there is
 * no code to quote.
 */
export function referenceText({ provider, code }: Pick<Resolution, 'provider' | 'code'>): string {
  if (!code) return '';
  const reference = provider ? `${PROVIDER_NAMES[provider]} ${code}` : code;
  return msg(str`Reference: ${reference}`, {
    id: 'reference',
    desc: 'Support reference. The placeholder is the provider name and its error code, e.g. "Finicity 103"; keep it unchanged.',
  });
}

/** Said after a link's text, for links that open the bank's website in a new tab. */
export function newTabText(): string {
  return msg('(opens in a new tab)', {
    id: 'link.new_tab',
    desc: 'Screen-reader hint after a link that opens a new browser tab.',
  });
}
