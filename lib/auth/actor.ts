import type { Viewer } from '@/db/queries/viewer';
import type { Actor } from '@/lib/domain/permissions';

/** The permission actor of a viewer. */
export function actorOf(viewer: Pick<Viewer, 'role' | 'org' | 'scope'>): Actor {
  return { role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path };
}
