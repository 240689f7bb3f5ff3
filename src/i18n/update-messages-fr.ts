// The offer of a new version: it loads with the service worker's registration, once the page has
// settled (src/features/update/update-offer.tsx), not with the page. French is the source of the keys, as in
// messages-fr.ts.
export const updateMessagesFr = {
  updateAvailable: 'Une nouvelle version du tableau de bord est disponible.',
  updateReload: 'Recharger avec la nouvelle version',
  updateLater: 'Plus tard',
} as const;

export type UpdateMessageKey = keyof typeof updateMessagesFr;
export type UpdateMessages = Record<UpdateMessageKey, string>;
