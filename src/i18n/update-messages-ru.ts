import type { UpdateMessages } from './update-messages-fr';

export const updateMessagesRu: UpdateMessages = {
  updateAvailable: 'Доступна новая версия информационной панели.',
  updateReload: 'Перезагрузить страницу с новой версией',
  updateLater: 'Позже',
};
