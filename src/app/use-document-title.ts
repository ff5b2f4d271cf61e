import { useEffect } from 'react';

export const PRODUCT_NAME = 'PIM Portal';

/** Every page has its own title, so tabs, history and screen readers tell pages apart. */
export function formatDocumentTitle(title: string | undefined): string {
  return title ? `${title} · ${PRODUCT_NAME}` : PRODUCT_NAME;
}

export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = formatDocumentTitle(title);
  }, [title]);
}
