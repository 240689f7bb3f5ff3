import { useEffect } from 'react';
import { useMediaQuery } from '../components/ui/use-media-query';
import { isDeckMode } from './url-state';
import { useUrlState } from './use-url-state';

export type ResolvedScheme = 'light' | 'dark';

/** The scheme to draw with: the link's choice, else the system's. Presenting is always light. */
export function useResolvedScheme(): ResolvedScheme {
  const [url] = useUrlState();
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (isDeckMode(url.mode)) return 'light';
  if (url.scheme === 'system') return prefersDark ? 'dark' : 'light';
  return url.scheme;
}

/** Puts the resolved scheme on <html>, where the stylesheet's dark palette hangs. */
export function useApplyColorScheme(scheme: ResolvedScheme) {
  useEffect(() => {
    document.documentElement.dataset.scheme = scheme;
  }, [scheme]);
}
