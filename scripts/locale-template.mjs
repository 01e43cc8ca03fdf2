// How src/localization/msg.ts reads a translation, made from what @lit/localize-tools reads out of
// an XLIFF file (for scripts/build-locales.mjs).
import { parseStringAsTemplateLiteral } from '@lit/localize-tools/lib/typescript.js';

/**
 * A translation as msg.ts reads it: a string, or `{ strings, values }` where each value is the
 * index of the source's value that goes there (a translation may reorder them).
 */
export function toTemplate(translation, source) {
  // The index of each placeholder's first value in the source: a placeholder may hold several.
  const firstValue = new Map();
  let count = 0;
  for (const part of source.contents) {
    if (typeof part === 'string') continue;
    firstValue.set(part.index, count);
    count += parseStringAsTemplateLiteral(part.untranslatable).templateSpans?.length ?? 0;
  }
  const strings = [''];
  const values = [];
  for (const part of translation.contents) {
    if (typeof part === 'string') {
      strings[strings.length - 1] += part;
      continue;
    }
    const literal = parseStringAsTemplateLiteral(part.untranslatable);
    if (!literal.templateSpans) {
      strings[strings.length - 1] += literal.text;
      continue;
    }
    strings[strings.length - 1] += literal.head.text;
    literal.templateSpans.forEach((span, i) => {
      values.push(firstValue.get(part.index) + i);
      strings.push(span.literal.text);
    });
  }
  return values.length ? { strings, values } : strings[0];
}
