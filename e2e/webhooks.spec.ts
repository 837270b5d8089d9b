import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { expect, loginAs, test } from './fixtures';
import { callAction, DEMO_PASSWORD, signedIn } from './security/action-client';

/**
 * Issue 21's webhooks as an administrator and an integrator meet them: a subscription made on
 * /admin/webhooks (secret shown once) against a receiver started here, on loopback
 * (a port the system picks; the servers run with WEBHOOK_ALLOW_PRIVATE=1); a task of P01 (the province the
 * security matrix works in, so that the Hải Phòng figures other specs read do not move) is
 * created and its deadline extended; the receiver gets both, signed; the log shows them; a
 * re-send arrives again with the same webhook-id.
 */
type Received = { headers: IncomingHttpHeaders; body: string };

test.describe('webhooks', () => {
  test.setTimeout(120_000);
  let server: Server;
  let receiverPort = 0;
  const received: Received[] = [];

  test.beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    // port 0: never one another spec's server holds (E2E_PORT+5 is the OpenID provider's)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiverPort = (server.address() as AddressInfo).port;
  });

  test.afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('an administrator subscribes, a task change is delivered signed, the log shows it, and a re-send arrives', async ({
    page,
    baseURL,
  }) => {
    const run = Date.now().toString(36).toUpperCase();
    const url = `http://127.0.0.1:${receiverPort}/hooks/${run}`;
    await loginAs(page, 'quantri');
    await page.goto('/admin/webhooks');
    await expect(page.getByRole('heading', { name: 'Webhook', level: 1 })).toBeVisible();

    // a private address is refused where private addresses are not allowed: here they are, so a
    // bad scope shows the field's error instead, and nothing is made
    await page.getByLabel('Địa chỉ nhận (URL)').fill(url);
    await page.getByLabel('Mã đơn vị (phạm vi)').fill('KHONG-CO');
    await page.getByRole('button', { name: 'Thêm webhook' }).click();
    await expect(page.getByText('Không có đơn vị với mã này trong phạm vi của bạn.')).toBeVisible();

    await page.getByLabel('Mã đơn vị (phạm vi)').fill('P01');
    await page.getByLabel('Mô tả').fill(`Hệ thống văn bản ${run}`);
    await page.getByRole('button', { name: 'Thêm webhook' }).click();
    const secretField = page.getByLabel('Khóa bí mật');
    await expect(secretField).toHaveValue(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const secret = await secretField.inputValue();
    await page.getByRole('link', { name: 'Xem webhook và nhật ký gửi' }).click();
    await expect(page.getByRole('heading', { name: url, level: 1 })).toBeVisible();
    await expect(page.getByText('Chưa có lần gửi nào.')).toBeVisible();
    // the secret is not shown again
    await expect(page.getByText(secret)).toHaveCount(0);

    // the national coordinator creates a task in P01, then extends its deadline
    const code = `WH-${run}`;
    const coordinator = await signedIn(baseURL!, 'dieuphoi', DEMO_PASSWORD, '198.51.100.55');
    const created = await callAction(
      coordinator,
      baseURL!,
      '/tasks/new',
      'app/(app)/tasks/actions.ts#createTaskAction',
      {
        code,
        review: 'TK20-NQ23',
        title: `Nhiệm vụ thử webhook ${run}`,
        description: '',
        assignee: 'P01',
        dueOn: '2026-12-31',
        session: '',
      },
    );
    expect(created.redirect).toContain(`/tasks/${code}`);
    const extended = await callAction(
      coordinator,
      baseURL!,
      `/tasks/${code}`,
      'app/(app)/tasks/actions.ts#taskAction',
      {
        action: 'extend',
        code,
        version: '1',
        dueOn: '2027-01-31',
        reason: 'Thử webhook',
      },
    );
    expect(extended.state?.status).toBe('success');
    await coordinator.dispose();

    // delivered within seconds (the change nudges the delivery job), signed per Standard Webhooks
    const mine = () =>
      received.filter((r) => {
        try {
          return JSON.parse(r.body).data.code === code;
        } catch {
          return false;
        }
      });
    await expect.poll(() => mine().length, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    const payloads = mine().map((r) => {
      const verified = new Webhook(secret).verify(r.body, {
        'webhook-id': String(r.headers['webhook-id']),
        'webhook-timestamp': String(r.headers['webhook-timestamp']),
        'webhook-signature': String(r.headers['webhook-signature']),
      }) as { type: string; data: { code: string; dueOn: string; assignee: { code: string } } };
      return verified;
    });
    expect(payloads.map((p) => p.type).sort()).toEqual(['task.created', 'task.updated']);
    const updated = payloads.find((p) => p.type === 'task.updated')!;
    expect(updated.data).toMatchObject({ code, dueOn: '2027-01-31', assignee: { code: 'P01' } });

    // the log: both deliveries, delivered at the first attempt with the receiver's 204
    await page.reload();
    const log = page.getByTestId('delivery-log');
    const updateRow = log.getByRole('row').filter({ hasText: 'task.updated' }).filter({ hasText: code });
    await expect(updateRow).toContainText('Đã gửi');
    await expect(updateRow).toContainText(/Lần 1: .* · mã trả lời 204 · \d+ ms/);

    // re-send: the receiver gets the same message again, the log a second attempt
    const before = mine().length;
    await updateRow.getByRole('button', { name: 'Gửi lại' }).click();
    await expect(updateRow.getByText('Đã gửi lại thành công.')).toBeVisible();
    expect(mine().length).toBe(before + 1);
    const again = mine().at(-1)!;
    const first = mine().find((r) => JSON.parse(r.body).type === 'task.updated')!;
    expect(again.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(again.body).toBe(first.body);
    await page.reload();
    await expect(
      log.getByRole('row').filter({ hasText: 'task.updated' }).filter({ hasText: code }),
    ).toContainText(/Lần 2: .* · mã trả lời 204/);

    // the subscription is deleted: nothing more is sent to this receiver
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Xóa webhook' }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks\?deleted=1$/);
    await expect(page.getByText('Đã xóa webhook.')).toBeVisible();
    await expect(page.getByRole('link', { name: url })).toHaveCount(0);
  });
});
