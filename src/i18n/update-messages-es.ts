import type { UpdateMessages } from './update-messages-fr';

export const updateMessagesEs: UpdateMessages = {
  updateAvailable: 'Hay disponible una nueva versión del panel.',
  updateReload: 'Recargar con la nueva versión',
  updateLater: 'Más tarde',
};
