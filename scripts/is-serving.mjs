import { request } from 'node:http';

/** Whether a server answers 200 at `origin` (the bench's and the contact sheet's previews). */
export function isServing(origin) {
  return new Promise((resolve) => {
    const req = request(`${origin}/`, { method: 'HEAD', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}
