import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { msg, str, useTemplates } from '../../src/localization/msg.js';

// The shape scripts/build-locales.mjs writes: a string, or the strings of a template with the
// index of the source's value for each gap.
describe('msg() reads generated locale modules', () => {
  afterEach(() => useTemplates([]));
  const [writer, reader] = ['Ana', 'Bo'];

  it('without translations, shows the source', () => {
    assert.equal(msg('Try again', { id: 'action.retry' }), 'Try again');
    assert.equal(msg(str`${writer} wrote to ${reader}`, { id: 'note' }), 'Ana wrote to Bo');
  });

  it('shows a plain translation, and fills a template in the translation’s order', () => {
    useTemplates([
      {
        'action.retry': 'Réessayer',
        note: { strings: ['', ' a reçu un mot de ', ''], values: [1, 0] },
      },
    ]);
    assert.equal(msg('Try again', { id: 'action.retry' }), 'Réessayer');
    assert.equal(msg(str`${writer} wrote to ${reader}`, { id: 'note' }), 'Bo a reçu un mot de Ana');
  });

  it('reads on from a regional module to its language, then to the source', () => {
    useTemplates([{ 'action.retry': 'Essayer de nouveau' }, { note: 'Un mot', other: 'Autre' }]);
    assert.equal(msg('Try again', { id: 'action.retry' }), 'Essayer de nouveau');
    assert.equal(msg('A note', { id: 'note' }), 'Un mot');
    assert.equal(msg('Untranslated', { id: 'missing' }), 'Untranslated');
  });
});
