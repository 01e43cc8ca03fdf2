import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';
import { listCodes } from '../../src/catalog.js';
import { PROVIDER_NAMES, PROVIDERS } from '../../src/core/index.js';

const FILES = [
  'README.md',
  ...readdirSync('docs', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f.split('\\').join('/')}`),
];

/** Markdown without its fenced code blocks and inline code, where `[x](y)` is not a link. */
const prose = (markdown: string) =>
  markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');

/** The anchors GitHub gives a file's headings (and any explicit `id`s). */
function anchors(file: string): Set<string> {
  const markdown = readFileSync(file, 'utf8').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const found = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of markdown.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    found.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const [, id] of markdown.matchAll(/\bid="([^"]+)"/g)) found.add(id!);
  return found;
}

describe('the docs', () => {
  it('the README stays a front door: at most 10,000 bytes', () => {
    const size = statSync('README.md').size;
    assert.ok(size <= 10_000, `README.md is ${size} bytes`);
  });

  it('the README states the test command CI runs', () => {
    assert.match(readFileSync('README.md', 'utf8'), /npm ci && npm test/);
  });

  for (const file of FILES) {
    it(`every relative link in ${file} points at a file and heading that exist`, () => {
      const text = prose(readFileSync(file, 'utf8'));
      const targets = [
        ...[...text.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!),
        ...[...text.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!),
      ].filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
      for (const target of targets) {
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const resolved = path ? normalize(join(dirname(file), decodeURI(path))) : file;
        assert.ok(existsSync(resolved), `${file}: ${target} (no ${resolved})`);
        if (anchor !== undefined && resolved.endsWith('.md')) {
          assert.ok(anchors(resolved).has(anchor), `${file}: ${target} (no heading #${anchor})`);
        }
      }
    });
  }
});

describe('docs/headless-core.md’s table of reasons', () => {
  it('lists every reason with the severity and actions the core gives it', async () => {
    const { REASON_RULES } = await import('../../src/core/reasons.js');
    const markdown = readFileSync('docs/headless-core.md', 'utf8');
    const rows = new Map(
      [...markdown.matchAll(/^\| `(\w+)` +\|[^|]+\| (\w+) +\| ([\w, ]+?) +\|$/gm)].map(
        ([, reason, severity, actions]) => [reason!, { severity, actions: actions!.split(', ') }],
      ),
    );
    assert.deepEqual([...rows.keys()].sort(), Object.keys(REASON_RULES).sort());
    for (const [reason, rule] of Object.entries(REASON_RULES)) {
      assert.deepEqual(
        rows.get(reason),
        { severity: rule.severity, actions: [...rule.actions] },
        reason,
      );
    }
  });
});

describe('docs/providers.md', () => {
  const page = readFileSync('docs/providers.md', 'utf8');

  it('counts each provider’s codes as listCodes() does, and links its integration guide', () => {
    for (const provider of PROVIDERS) {
      const row = new RegExp(
        `^\\| \\[${PROVIDER_NAMES[provider]}\\]\\(integrations/${provider}\\.md\\) *\\| *(\\d+) \\|`,
        'm',
      ).exec(page);
      assert.ok(row, `a row for ${provider}`);
      assert.equal(Number(row[1]), listCodes(provider).length, provider);
    }
  });

  it('lists every spelling that several providers share', () => {
    const key = (code: string) => code.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
    const owners = new Map<string, Set<string>>();
    for (const { provider, code } of listCodes()) {
      if (/^\d+$/.test(code)) continue;
      owners.set(key(code), (owners.get(key(code)) ?? new Set()).add(provider));
    }
    const shared = [...owners].filter(([, providers]) => providers.size > 1).map(([k]) => k);
    const listed = [...page.matchAll(/^\| `([^`]+)` /gm)].map((m) => key(m[1]!));
    assert.deepEqual(listed.sort(), shared.sort());
  });
});
