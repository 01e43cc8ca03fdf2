import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { listCodes } from '../../src/catalog.js';
import {
  ACTIONS,
  REASONS,
  resolve,
  type Action,
  type Reason,
  type Resolution,
} from '../../src/core/index.js';
import { borrowerView, type BorrowerView } from '../../src/view/borrower-view.js';

// The English a borrower reads, held to /work/shared/WORDS.md: every reason, with and without the
// bank's name, rendered by the real view; then every documented code against its buttons and wait.

/** The bank WORDS.md writes with: one word of three syllables, like most banks' names. */
const BANK = 'Tangerine';
/** Names that break careless grammar: two words, a name that starts with "Bank", a French name. */
const NAMES = [BANK, 'Banca Sella', 'Bank Millennium', 'Desjardins'];
const EVERY_ACTION = ACTIONS.join(' ');

const MAX_GRADE = 8;
const MAX_SENTENCES = 2;
const MAX_TITLE_WORDS = 6;

/**
 * Words and phrases a borrower must not read, each with why. Matched as whole words, in any case,
 * in the title and the message.
 */
const BANNED: readonly (readonly [RegExp, string])[] = [
  // Jargon: say "bank", "security code", "one-time code", "connection", "details".
  [/\bsessions?\b/i, 'jargon'],
  [/\breports?\b/i, 'jargon'],
  [/\bverification step\b/i, 'jargon'],
  [/\baggregat\w*/i, 'jargon'],
  [/\bMFA\b/i, 'jargon'],
  [/\bOTP\b/i, 'jargon'],
  [/\btokens?\b/i, 'jargon'],
  [/\binstitutions?\b/i, 'jargon'],
  [/\berrors?\b/i, 'jargon'],
  [/\bcredentials\b/i, 'jargon'],
  // Promises the component cannot keep: it knows a code, not what the provider will do.
  [/\bonly takes a minute\b/i, 'promise'],
  [/\bno information was shared\b/i, 'promise'],
  [/\bnothing was shared\b/i, 'promise'],
  [/\bwe(?:'re| are) fixing\b/i, 'promise: the provider fixes, not the lender'],
  [/\bon its way\b/i, 'promise'],
  [/\bat the moment\b/i, 'promise: implies it will change'],
  [/\bbriefly\b/i, 'promise'],
  // Blame.
  [/\bbecause the steps\b/i, 'blame'],
  [/\byou entered\b/i, 'blame'],
  // Vague where the buttons name the ways; a pronoun for a bank reads badly.
  [/\bcontinue another way\b/i, 'vague: the buttons name the ways'],
  [/\bcalling them\b/i, 'say "by phone"'],
];

/**
 * What a phrase in the words invites the borrower to do, and the button that must be there for it
 * (among those shown when the lender allows every action). A retry may not be invited where a
 * waiting time says to wait.
 */
const SAYS: readonly { phrase: RegExp; button: Action; notWhileWaiting?: true }[] = [
  { phrase: /\btry again\b/i, button: 'retry', notWhileWaiting: true },
  { phrase: /\breconnect/i, button: 'reconnect' },
  { phrase: /\bwebsite\b/i, button: 'visit_institution' },
  { phrase: /\banother account\b/i, button: 'choose_another_account' },
  { phrase: /\banother bank\b/i, button: 'choose_another_institution' },
  { phrase: /\banother way\b/i, button: 'verify_another_way' },
  { phrase: /\bget help\b/i, button: 'contact_support' },
  { phrase: /\bcontinue\b/i, button: 'continue' },
];

/** Words: letters and digits, with inner apostrophes and hyphens ("didn't", "one-time"). */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences end in . ! ? or ; followed by a space or the end. */
function sentences(text: string): string[] {
  return text.split(/[.!?;]+(?:\s+|$)/).filter((part) => part.trim() !== '');
}

/** Flesch–Kincaid grade, syllables counted by `syllable`. */
function grade(text: string): number {
  const all = words(text);
  return fleschKincaid({
    sentence: sentences(text).length,
    word: all.length,
    syllable: all.reduce((sum, word) => sum + syllable(word), 0),
  });
}

/** A title's words, the bank counted as one whatever its name ("Bank Millennium", "your bank"). */
function titleWords(title: string, bank: string | null): string[] {
  const theBank = bank ?? /\b(?:your|this|the) bank\b/i;
  return words(title.replace(theBank, 'Bank'));
}

/** A resolution for a reason, whatever code carries it (`unknown` has none). */
function resolutionFor(reason: Reason): Resolution {
  const entry = listCodes().find((code) => code.reason === reason);
  return entry ? resolve(entry) : resolve({ provider: 'argyle', code: 'never_documented' });
}

function view(resolution: Resolution, bank: string | null): BorrowerView {
  return borrowerView(resolution, { actions: EVERY_ACTION, ...(bank && { institution: bank }) });
}

describe('English words follow WORDS.md', () => {
  for (const reason of REASONS) {
    for (const bank of [null, BANK]) {
      describe(`${reason}, ${bank ? 'with' : 'without'} the bank's name`, () => {
        const { title, message } = view(resolutionFor(reason), bank);

        it(`reads at grade ${MAX_GRADE} or below`, () => {
          const score = grade(message);
          assert.ok(score <= MAX_GRADE, `grade ${score.toFixed(1)}: ${message}`);
        });

        it(`says it in ${MAX_SENTENCES} sentences at most`, () => {
          assert.ok(sentences(message).length <= MAX_SENTENCES, message);
        });

        it(`has a title of ${MAX_TITLE_WORDS} words at most`, () => {
          assert.ok(titleWords(title, bank).length <= MAX_TITLE_WORDS, title);
        });

        it('uses no jargon, makes no promise it cannot keep, blames no one', () => {
          for (const [banned, why] of BANNED) {
            assert.doesNotMatch(`${title}\n${message}`, banned, why);
          }
        });
      });
    }

    it(`${reason}: says the same with and without the bank's name`, () => {
      const [named, unnamed] = [BANK, null].map((bank) => view(resolutionFor(reason), bank));
      assert.equal(sentences(named!.message).length, sentences(unnamed!.message).length);
      for (const { phrase } of SAYS) {
        assert.equal(
          phrase.test(named!.message),
          phrase.test(unnamed!.message),
          `${phrase}: ${named!.message} / ${unnamed!.message}`,
        );
      }
    });

    it(`${reason}: never puts a possessive on the bank's name, whatever the name`, () => {
      for (const bank of NAMES) {
        const { title, message } = view(resolutionFor(reason), bank);
        assert.doesNotMatch(`${title}\n${message}`, new RegExp(`${bank}['’]s\\b`), bank);
      }
    });
  }
});

describe('English words agree with the buttons and the waiting time', () => {
  for (const { provider, code } of listCodes()) {
    it(`${provider} ${code}`, () => {
      for (const bank of [null, BANK]) {
        const shown = view(resolve({ provider, code }), bank);
        const said = `${shown.title}\n${shown.message}`;
        const buttons = shown.buttons.map((button) => button.action);
        for (const { phrase, button, notWhileWaiting } of SAYS) {
          if (!phrase.test(said)) continue;
          assert.ok(buttons.includes(button), `says ${phrase} without ${button}: ${said}`);
          if (notWhileWaiting) {
            assert.equal(shown.wait, undefined, `says ${phrase} above "${shown.wait}": ${said}`);
          }
        }
      }
    });
  }
});
