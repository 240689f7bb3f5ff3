import type { UpdateMessages } from './update-messages-fr';

export const updateMessagesDe: UpdateMessages = {
  updateAvailable: 'Eine neue Version des Dashboards ist verfügbar.',
  updateReload: 'Mit der neuen Version neu laden',
  updateLater: 'Später',
};
