import type { QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect, useLayoutEffect, type ReactNode } from 'react';
import { App } from '../app';
import { APP_RUNNING_MARK, CLIENT_RENDER_MARK } from './boot-marks';
import { isWaitingForLaterSections, startWakingLaterSections } from './deferred-sections';
import { replayEarlyClicks } from './early-clicks';

function RevealOnCommit({
  earlyClicks,
  children,
}: {
  earlyClicks: HTMLElement[];
  children: ReactNode;
}) {
  useLayoutEffect(() => {
    document.documentElement.removeAttribute(CLIENT_RENDER_MARK);
    // A pre-rendered page whose later sections still wait for their code is running once they
    // are awake (deferred-sections.tsx sets the mark then).
    if (!isWaitingForLaterSections()) document.documentElement.setAttribute(APP_RUNNING_MARK, '');
  }, []);
  // In the task after the whole tree's first commit, when every button answers (a click given
  // during the commit's own effects is not acted on). Emptied as it is read: never given twice.
  useEffect(() => {
    startWakingLaterSections();
    const clicked = earlyClicks.splice(0);
    if (clicked.length > 0) setTimeout(() => replayEarlyClicks(clicked), 0);
  }, [earlyClicks]);
  return children;
}

/**
 * The element both the build-time pre-render and the browser render: one tree, so they match.
 * `earlyClicks`: buttons clicked before the app ran (src/app/early-clicks.ts), clicked again once
 * it has.
 */
export function createAppElement(queryClient: QueryClient, earlyClicks: HTMLElement[] = []) {
  return (
    <StrictMode>
      <RevealOnCommit earlyClicks={earlyClicks}>
        <App queryClient={queryClient} />
      </RevealOnCommit>
    </StrictMode>
  );
}
