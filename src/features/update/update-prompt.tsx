import { lazy, memo, Suspense } from 'react';
import { usePageSettled } from '../../components/ui/use-page-settled';

// The service worker's registration and its offer are no part of the first view: they load once
// the page has settled (the service worker then precaches every chunk, this one included).
const UpdateOffer = lazy(() => import('./update-offer'));

/**
 * The live region where a waiting new version is offered: it is in the page from the first view,
 * so that the offer is announced when it appears.
 */
export const UpdatePrompt = memo(function UpdatePrompt() {
  const isSettled = usePageSettled();
  return (
    <div aria-live="polite" className="print:hidden">
      {isSettled ? (
        <Suspense fallback={null}>
          <UpdateOffer />
        </Suspense>
      ) : null}
    </div>
  );
});
