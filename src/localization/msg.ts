import type { StrResult, msg as litMsg, str as litStr } from '@lit/localize';

/** A message as written in the source: a plain string, or a `str` template. */
type Template = string | StrResult;
/**
 * A message as a generated locale module holds it (scripts/build-locales.mjs): a plain string, or
 * the strings of a template with, for each gap, the index of the source's value that goes there.
 */
type Translation =
  string | { readonly strings: readonly string[]; readonly values: readonly number[] };
export type Templates = Readonly<Record<string, Translation>>;

let chain: readonly Templates[] = [];

/** Sets the templates to read, most specific first (`fr-CA`, then `fr`). */
export function useTemplates(templates: readonly Templates[]): void {
  chain = templates;
}

function join(strings: readonly string[], values: readonly unknown[], order?: readonly number[]) {
  let text = strings[0]!;
  for (let i = 1; i < strings.length; i++) {
    text += String(values[order ? order[i - 1]! : i - 1]) + strings[i];
  }
  return text;
}

function lookup(template: Template, id: string | undefined): string {
  for (const templates of chain) {
    // A regional module holds only its own words; for the rest, read on to its language.
    const localized = id === undefined ? undefined : templates[id];
    if (localized === undefined) continue;
    if (typeof localized === 'string') return localized;
    return join(
      localized.strings,
      typeof template === 'string' ? [] : template.values,
      localized.values,
    );
  }
  return typeof template === 'string' ? template : join(template.strings, template.values);
}

/**
 * The element's own `msg()`: same signature as `@lit/localize`'s (so `lit-localize extract` finds
 * every call), but reading this package's translations. `@lit/localize` can be configured only
 * once per page, and that once belongs to the lender's app; this never touches it.
 */
export const msg = ((template: Template, options?: { id?: string }) =>
  lookup(template, options?.id)) as unknown as typeof litMsg;

/**
 * `@lit/localize`'s `str` tag, written out so that bundles take none of that package's runtime
 * (importing `str` from it brings its locale machinery along). Typed as the original, which is
 * how `lit-localize extract` recognises it.
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof litStr;
