import process from 'node:process';

// Debian's Chromium (apt-get install chromium): no tool may download a browser here.
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// ../shared/TOOLCHAIN.md: without the networking flags Chromium floods this closed network with
// refused connections.
export const CHROME_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
