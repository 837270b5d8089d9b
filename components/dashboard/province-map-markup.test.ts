import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PROVINCE_TILES } from '@/lib/domain/province-tiles';
import { figureLabel, figureScale } from './map-figure';
import { ProvinceMap } from './province-map';
import { provinceMapMarkup } from './province-map-markup';

const scale = figureScale('onTime', 'vi');
const tiles = Object.keys(PROVINCE_TILES).map((code, i) => {
  const value = i % 5 === 0 ? null : (i % 10) / 10;
  return { code, name: `Tỉnh ${code}`, value, label: figureLabel('onTime', value, 'vi') };
});
const archipelagos = { hoangSa: 'Hoàng Sa (Đà Nẵng)', truongSa: 'Trường Sa (Khánh Hòa)' };
const render = (list = tiles) =>
  renderToStaticMarkup(
    createElement(ProvinceMap, {
      tiles: list,
      scale,
      title: 'Bản đồ',
      noData: '—',
      legendTitle: 'Chú giải',
      archipelagos,
    }),
  );

describe('provinceMapMarkup', () => {
  it('draws a linked tile per unit, named by its name and value, coloured by its bin', () => {
    const html = render();
    expect(html.match(/<rect /g)).toHaveLength(34);
    const p31 = tiles.find((t) => t.code === 'P31');
    expect(html).toContain(`<a href="/organizations/P31" aria-label="Tỉnh P31: ${p31?.label}">`);
    expect(html).toContain('data-testid="province-map"');
    expect(html).toContain('<title>Bản đồ</title>');
    // a unit without a value is grey; one in the top bin carries white text
    const none = tiles.find((t) => t.value === null);
    expect(html).toMatch(
      new RegExp(`fill="#e2e8f0" stroke="#ffffff" data-code="${none?.code}" data-value=""`),
    );
    const top = tiles.find((t) => t.value !== null && scale.binOf(t.value) === 4);
    expect(html).toContain(`data-code="${top?.code}" data-value="${top?.value}"></rect><text x=`);
    // the archipelagos' names, the part in brackets on a line of its own
    expect(html).toContain('>Hoàng Sa</tspan><tspan');
    expect(html).toContain('dy="13">(Đà Nẵng)</tspan>');
  });

  it('escapes every text: a unit name typed by someone cannot write markup', () => {
    const hostile = tiles.map((t) =>
      t.code === 'P01' ? { ...t, name: '<script>alert("x")</script> & \'Hà Nội\'' } : t,
    );
    const html = render(hostile);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Hà Nội&#39;');
    expect(
      provinceMapMarkup({
        tiles: [],
        places: PROVINCE_TILES,
        colors: scale.colors,
        title: '</title><b>',
        labels: [],
      }),
    ).toBe('<title>&lt;/title&gt;&lt;b&gt;</title>');
  });
});
