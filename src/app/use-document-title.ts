import { useLayoutEffect } from 'react';

export const PRODUCT_NAME = 'PIM Portal';

/** Every page has its own title, so tabs, history and screen readers tell pages apart. */
export function formatDocumentTitle(title: string | undefined): string {
  return title ? `${title} · ${PRODUCT_NAME}` : PRODUCT_NAME;
}

/** Set in the same commit as the page it names, never a frame later. */
export function useDocumentTitle(title: string | undefined): void {
  useLayoutEffect(() => {
    document.title = formatDocumentTitle(title);
  }, [title]);
}
