import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { DEMO_DOCUMENTS } from '@/lib/documents/demo-pdfs';
import { documentStore } from '@/lib/documents/store';
import { DocumentUploadInput } from '@/lib/validations/documents';
import { db } from '../index';
import { createDocument } from '../queries/documents';
import { loadViewer } from '../queries/viewer';
import { organizations, users } from '../schema';

/** Who attaches each demo document: the review's coordinating office, or the Ministry answering. */
const UPLOADER = { session: 'dieuphoi', task: 'dieuphoi', answer: 'bnv' } as const;

/**
 * The demo's evidence documents (issue 16), made at seed time as small Vietnamese PDFs
 * (lib/documents/demo-pdfs.ts) and attached as a user would: the bytes in the store, the row and
 * its event through createDocument. Runs after the demo data's transaction has committed.
 */
export async function loadDemoDocuments(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tracker-demo-docs-'));
  try {
    const issuers = await db
      .select({ code: organizations.code, name: organizations.nameVi })
      .from(organizations)
      .where(inArray(organizations.code, [...new Set(DEMO_DOCUMENTS.map((d) => d.issuer))]));
    let made = 0;
    for (const doc of DEMO_DOCUMENTS) {
      const login = UPLOADER[doc.belongsTo.kind as keyof typeof UPLOADER];
      const [user] = await db
        .select({ id: users.id, sv: users.sessionVersion })
        .from(users)
        .where(eq(users.login, login));
      const viewer = user && (await loadViewer(user.id, user.sv));
      if (!viewer) continue;
      const bytes = await doc.build();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const file = path.join(dir, `${sha256}.pdf`);
      writeFileSync(file, bytes);
      await documentStore().put(sha256, file, bytes.length);
      const input = DocumentUploadInput.parse({
        // the draft report travels with a progress update of its task
        recordKind: doc.belongsTo.kind === 'task' ? 'task_update' : doc.belongsTo.kind,
        record: 'code' in doc.belongsTo ? doc.belongsTo.code : doc.belongsTo.recommendation,
        addressee: 'addressee' in doc.belongsTo ? doc.belongsTo.addressee : '',
        replaces: '',
        numberSymbol: doc.number,
        issuedOn: doc.issuedOn,
        issuer: issuers.find((o) => o.code === doc.issuer)?.name ?? doc.issuer,
        title: doc.titleVi,
      });
      const result = await createDocument(viewer, input, {
        fileName: doc.fileName,
        mediaType: 'application/pdf',
        size: bytes.length,
        sha256,
      });
      if (result.ok) made++;
    }
    return made;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
