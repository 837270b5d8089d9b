'use client';

import Link from 'next/link';
import type { MapTile } from './province-map';

/**
 * The numbers of the tile map: a row per unit, its name a link to its page. A client component
 * so that the page carries the tiles as data, and not as a tree of cells in the React payload.
 */
export function ProvinceTable({
  tiles,
  unitHeader,
  valueHeader,
}: {
  tiles: MapTile[];
  unitHeader: string;
  valueHeader: string;
}) {
  return (
    <table className="w-full text-left text-sm" data-testid="province-map-table">
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="p-1">
            {unitHeader}
          </th>
          <th scope="col" className="p-1 text-right">
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {tiles.map((tile) => (
          <tr key={tile.code} className="border-b border-slate-100">
            <td className="p-1">
              <Link href={`/organizations/${tile.code}`} className="text-brand-700 underline">
                {tile.name}
              </Link>
            </td>
            <td className="p-1 text-right tabular-nums">{tile.label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
