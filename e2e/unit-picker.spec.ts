import { expect, loginAs, test } from './fixtures';

test.describe('the unit picker', () => {
  test('a national coordinator finds a unit by name without diacritics and chooses it with the keyboard', async ({
    page,
  }) => {
    await loginAs(page, 'dieuphoi');
    await page.goto('/tasks/new');
    const box = page.getByRole('combobox', { name: 'Đơn vị thực hiện', exact: true });
    const list = page.getByRole('listbox', { name: 'Đơn vị thực hiện' });
    const chosen = page.locator('input[type="hidden"][name="assignee"]');

    // opened empty: the first units, and it says that there are more — never a silent cut
    await box.click();
    await expect(list.getByRole('option')).toHaveCount(20);
    await expect(box).toHaveAccessibleDescription(
      /^Đang hiện 20 trong \d+ đơn vị phù hợp: vui lòng gõ thêm để thu hẹp$/,
    );

    // searched on the server, with or without diacritics
    await box.fill('hai phong');
    await expect(list.getByRole('option', { name: 'Thành phố Hải Phòng (P31)' })).toBeVisible();
    await box.fill('zzz-khong-co');
    await expect(box).toHaveAccessibleDescription('Không có đơn vị nào phù hợp');
    await expect(list.getByRole('option')).toHaveCount(0);

    await box.fill('thanh pho hai phong');
    // all of them shown (the city and its bodies), the city first
    await expect(box).toHaveAccessibleDescription(/^[2-9] đơn vị phù hợp$/);
    await expect(list.getByRole('option').first()).toHaveText('Thành phố Hải Phòng (P31)');
    await box.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
    await box.press('Enter');
    // Enter chose the unit; it did not submit the form
    await expect(page).toHaveURL(/\/tasks\/new$/);
    await expect(box).toHaveValue('Thành phố Hải Phòng (P31)');
    await expect(list).toBeHidden();
    await expect(chosen).toHaveValue('P31');

    // typing again un-chooses it until another unit is chosen
    await box.fill('Thành phố Hải');
    await expect(chosen).toHaveValue('');
    await page.keyboard.press('Escape');
    await page.getByLabel('Tên nhiệm vụ').fill('Việc thử bộ chọn đơn vị');
    await page.getByLabel('Hạn hoàn thành').fill('31/03/2027');
    await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await expect(page.locator('#assignee-error')).toBeVisible();
    await expect(page).toHaveURL(/\/tasks\/new$/);
  });

  test('the search refuses what it does not know and forms the viewer may not use, and finds nothing outside their reach', async ({
    page,
  }) => {
    await loginAs(page, 'hp.dieuphoi');
    const search = (query: string) => page.request.get(`/api/options/units?${query}`);
    expect((await search('purpose=everything')).status()).toBe(400);
    expect((await search(`purpose=assign&q=${'x'.repeat(101)}`)).status()).toBe(400);
    expect((await search('purpose=assign&q=hai&extra=1')).status()).toBe(400);
    // a coordinator of Hải Phòng: the city's units, not the Ministry of Home Affairs
    const inReach = await (await search('purpose=assign&q=hai%20phong')).json();
    expect(inReach.units.map((u: { code: string }) => u.code)).toContain('P31');
    expect(await (await search('purpose=assign&q=BNV')).json()).toEqual({ units: [], total: 0 });
    // a form they may not use (accounts are the administrators'): as if the search did not exist
    expect((await search('purpose=account&q=')).status()).toBe(404);
  });
});
