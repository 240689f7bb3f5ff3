import type { UpdateMessages } from './update-messages-fr';

export const updateMessagesEs: UpdateMessages = {
  updateAvailable: 'A new version of the dashboard is available.',
  updateReload: 'Reload with the new version',
  updateLater: 'Later',
};
