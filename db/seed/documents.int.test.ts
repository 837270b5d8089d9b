import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { documentsOf, openDocument } from '@/db/queries/documents';
import { documentStore } from '@/lib/documents/store';
import { viewerFor } from '@/tests/viewers';

describe('the demo documents', () => {
  it('are attached to the Hải Phòng session, NV-HP-01 and the Ministry answer to KN-HP-03, whole', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const expected = [
      ['session', 'KS-HP', '01-BB/ĐKS', 'session'],
      ['task', 'NV-HP-01', '125-BC/TU', 'task_update'],
      ['recommendation', 'KN-HP-03', '812/BNV-CQĐP', 'answer'],
    ] as const;
    for (const [record, code, number, kind] of expected) {
      const { items } = await documentsOf(coordinator, record, code);
      const doc = items.find((d) => d.numberSymbol === number);
      expect(doc, `${code} ${number}`).toMatchObject({ recordKind: kind, withdrawnAt: null });
      const file = await openDocument(coordinator, doc!.id);
      expect(file?.mediaType).toBe('application/pdf');
      const stream = await documentStore().get(file!.sha256);
      const hash = createHash('sha256');
      let head = '';
      for await (const chunk of stream!) {
        if (!head) head = (chunk as Buffer).subarray(0, 5).toString('latin1');
        hash.update(chunk as Buffer);
      }
      expect(head).toBe('%PDF-');
      expect(hash.digest('hex')).toBe(file!.sha256);
    }
  });
});
