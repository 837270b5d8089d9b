/**
 * Rows of a stacked figure (organizations × classes, addressees × statuses) as the chart and
 * its table receive them: one link per row, the series' values in series order. The link of a
 * cell is the row's link narrowed by the series (`withParam`), built in the browser: the page
 * sends each link once, not once per cell and again for the chart (issue #8: 600 KB pages).
 */
export type StackSeries = { key: string; label: string; color: string };
export type StackedRow = { code: string; name: string; href?: string; values: number[]; extra?: number };
/**
 * One link for all the rows instead of one each: the row's code set as `param` (in place: the
 * link holds `param=` where it goes). A hundred addressees then send the link once, not a hundred
 * times in the payload.
 */
export type RowLink = { href: string; param: string };

/** Where a row leads: the rows' common link narrowed to it, else its own. */
export function rowHref(row: StackedRow, link: RowLink | undefined): string {
  return link ? withParam(link.href, link.param, row.code) : (row.href ?? '');
}

/** The link with one more query parameter (replacing it if present). */
export function withParam(href: string, name: string, value: string): string {
  const [path, query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  params.set(name, value);
  return `${path}?${params}`;
}
