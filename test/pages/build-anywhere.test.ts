import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every file a clone would have, as it is now: tracked ones and those not committed yet. */
function projectFiles(): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  // A tracked file deleted in the working tree is gone from the next commit too.
  return listed.split('\0').filter((file) => file && existsSync(join(ROOT, file)));
}

/** Each file under `dir` with a hash of its content. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  return Object.fromEntries(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [
        path.slice(dir.length),
        createHash('sha256').update(readFileSync(path)).digest('hex'),
      ];
    }),
  );
}

/** The files package.json's `exports` name, at any depth of conditions. */
function exportedFiles(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  return Object.values(exports as Record<string, unknown>).flatMap(exportedFiles);
}

/** A pattern's files (`./dist/locales/*.js`: one per locale), or the one file a path names. */
function filesOf(exported: string, locales: string[]): string[] {
  return exported.includes('*') ? locales.map((l) => exported.replace('*', l)) : [exported];
}

// A new user's checkout lives anywhere, also in a folder under one named `src`: the build must
// not take that folder for the project's own src/.
describe('the build, in a checkout under a folder named src', { timeout: 300_000 }, () => {
  const parent = mkdtempSync(join(tmpdir(), 'bank-connect-error-checkout-'));
  const project = join(parent, 'src', 'bank-connect-error');
  const dist = join(project, 'dist');
  const build = () =>
    execFileSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8', stdio: 'pipe' });

  before(() => {
    for (const file of projectFiles()) {
      mkdirSync(dirname(join(project, file)), { recursive: true });
      cpSync(join(ROOT, file), join(project, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  });
  after(() => rmSync(parent, { recursive: true, force: true }));

  it('writes every file that package.json exports', () => {
    build();
    const { exports } = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    const { targetLocales } = JSON.parse(readFileSync(join(project, 'lit-localize.json'), 'utf8'));
    for (const file of exportedFiles(exports).flatMap((e) => filesOf(e, targetLocales))) {
      assert.ok(existsSync(join(project, file)), `${file} exists`);
    }
  });

  it('leaves the previous dist/ as it was when a step fails, run from another folder', () => {
    const previous = snapshot(dist);
    assert.ok(Object.keys(previous).length > 50, 'a whole build to keep');
    // The type declarations fail, after they wrote some of their files into the new build.
    appendFileSync(join(project, 'src/catalog.ts'), `\nexport const broken: number = 'text';\n`);
    const buildFromElsewhere = () => {
      for (const script of ['build-locales.mjs', 'build.mjs']) {
        execFileSync('node', [join(project, 'scripts', script)], {
          cwd: dirname(project),
          encoding: 'utf8',
          stdio: 'pipe',
        });
      }
    };
    assert.throws(buildFromElsewhere, (error: { stdout?: string }) =>
      /error TS/.test(String(error.stdout)),
    );
    assert.deepEqual(snapshot(dist), previous);
    assert.deepEqual(
      readdirSync(project).filter((name) => name.startsWith('.dist-')),
      [],
      'no unfinished build left behind',
    );
  });
});
