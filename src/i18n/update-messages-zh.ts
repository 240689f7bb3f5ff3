import type { UpdateMessages } from './update-messages-fr';

export const updateMessagesZh: UpdateMessages = {
  updateAvailable: '仪表板有新版本可用。',
  updateReload: '重新加载以使用新版本',
  updateLater: '稍后',
};
