import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ACTIONS, ROUTES } from '../tests/security/registry';
import { serverActionManifest } from './security/action-client';

/**
 * The registry that the authorization matrix walks must list every server action of the
 * production build and every route handler of app/: a new one left out fails here, by name.
 * (It runs after `next build`, as every end-to-end spec does.)
 */

/** Project actions in the build: `file#export` of every manifest entry from app/. */
function builtActions(): string[] {
  const refs = Object.values(serverActionManifest().node)
    .filter((entry) => entry.filename.startsWith('app/'))
    .map((entry) => `${entry.filename}#${entry.exportedName}`);
  return [...new Set(refs)].sort();
}

function routeFiles(dir = 'app'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return routeFiles(full);
    return item.name === 'route.ts' ? [full.split(path.sep).join('/')] : [];
  });
}

/** The HTTP methods a route file exports (`export async function GET`, `export const { GET, POST }`). */
function exportedMethods(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const methods = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) {
    methods.add(match[1]);
  }
  for (const match of source.matchAll(/export\s+const\s+\{([^}]*)\}/g)) {
    for (const name of match[1].split(',').map((n) => n.trim())) {
      if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) methods.add(name);
    }
  }
  return [...methods];
}

test.describe('the registry of the authorization matrix', () => {
  test('lists every server action of the production build, and nothing else', () => {
    const built = builtActions();
    const registered: string[] = [...new Set(ACTIONS.map((entry) => entry.action))].sort();
    const missing = built.filter((ref) => !registered.includes(ref));
    const unknown = registered.filter((ref) => !built.includes(ref));
    expect(missing, 'server actions missing from tests/security/registry.ts (add them to ACTIONS)').toEqual(
      [],
    );
    expect(unknown, 'registry entries that resolve to no action of the build').toEqual([]);
    expect(registered.length).toBe(built.length);
  });

  test('lists every route handler and method of app/', () => {
    const onDisk = routeFiles().flatMap((file) => exportedMethods(file).map((method) => `${method} ${file}`));
    const registered = [...new Set(ROUTES.map((route) => `${route.method} ${route.route}`))];
    expect(
      onDisk.filter((route) => !registered.includes(route)),
      'route handlers missing from ROUTES in tests/security/registry.ts',
    ).toEqual([]);
    expect(
      registered.filter((route) => !onDisk.includes(route)),
      'ROUTES entries with no such handler',
    ).toEqual([]);
  });
});
