import type { UpdateMessages } from './update-messages-fr';

export const updateMessagesIt: UpdateMessages = {
  updateAvailable: 'A new version of the dashboard is available.',
  updateReload: 'Reload with the new version',
  updateLater: 'Later',
};
