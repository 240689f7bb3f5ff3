/** Asks for full screen; where the browser refuses, the deck still fills the window. */
export function enterFullscreen() {
  const root = document.documentElement;
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    root.requestFullscreen().catch(() => {});
  }
}
