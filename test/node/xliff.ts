import { readFileSync } from 'node:fs';

/** One translation unit of an XLIFF 1.2 file, as lit-localize writes it. */
export interface Unit {
  id: string;
  source: string;
  target?: string;
  note: string;
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Placeholders (`<x id="0" …/>`) become `{0}`, so texts compare and measure as a reader sees them. */
const text = (xml: string) => decode(xml.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}'));

export function readUnits(path: string): Unit[] {
  const xml = readFileSync(path, 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(
    ([, id, body]) => {
      const part = (tag: string) =>
        body!.match(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`))?.[1];
      const target = part('target');
      return {
        id: id!,
        source: text(part('source') ?? ''),
        ...(target !== undefined && { target: text(target) }),
        note: decode(part('note') ?? ''),
      };
    },
  );
}

/** The placeholders a text uses, sorted: `{0} … {1} … {0}` → `['{0}', '{0}', '{1}']`. */
export const placeholders = (value: string) => (value.match(/\{\d+\}/g) ?? []).sort();
