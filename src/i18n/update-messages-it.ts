import type { UpdateMessages } from './update-messages-fr';

export const updateMessagesIt: UpdateMessages = {
  updateAvailable: 'È disponibile una nuova versione del cruscotto.',
  updateReload: 'Ricaricare con la nuova versione',
  updateLater: 'Più tardi',
};
