import type { Message } from '@lit/localize-tools/lib/messages.js';

export function toTemplate(
  translation: Message,
  source: Message,
): string | { strings: string[]; values: number[] };
