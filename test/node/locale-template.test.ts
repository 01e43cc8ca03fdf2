import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toTemplate } from '../../scripts/locale-template.mjs';

// Messages as @lit/localize-tools reads them: text, and placeholders (`<x id="0" equiv-text="…"/>`
// in the XLIFF) holding the source's expressions.
const ph = (untranslatable: string, index: number) => ({ untranslatable, index });

describe('locale modules: a translation in the shape msg() reads', () => {
  it('a translation without placeholders is a string', () => {
    const source = { name: 'action.retry', contents: ['Try again'] };
    assert.equal(
      toTemplate({ name: 'action.retry', contents: ['Réessayer'] }, source),
      'Réessayer',
    );
  });

  it('each value is the index of the source’s value, in the translation’s order', () => {
    const source = {
      name: 'note',
      contents: [ph('${writer}', 0), ' wrote to ', ph('${reader}', 1)],
    };
    const translation = {
      name: 'note',
      contents: [ph('${reader}', 1), ' a reçu un mot de ', ph('${writer}', 0)],
    };
    assert.deepEqual(toTemplate(translation, source), {
      strings: ['', ' a reçu un mot de ', ''],
      values: [1, 0],
    });
  });

  it('a placeholder holding several values keeps them, and the text between them', () => {
    // lit-localize joins adjacent expressions into one placeholder.
    const source = {
      name: 'wait',
      contents: ['Wait ', ph('${min} ${unit}', 0), ' at ', ph('${bank}', 1)],
    };
    const translation = {
      name: 'wait',
      contents: ['Chez ', ph('${bank}', 1), ', attendez ', ph('${min} ${unit}', 0)],
    };
    assert.deepEqual(toTemplate(translation, source), {
      strings: ['Chez ', ', attendez ', ' ', ''],
      values: [2, 0, 1],
    });
  });
});
