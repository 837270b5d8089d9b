'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True once the page is being printed: opened with `?print=1` (for a PDF made without scrolling),
 * or from `beforeprint` on — set synchronously (flushSync), so that what renders late on screen
 * (tables behind a toggle) is in the printed pages.
 */
export function usePrint(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('print') === '1') setPrinting(true);
    const before = () => flushSync(() => setPrinting(true));
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);
  return printing;
}
