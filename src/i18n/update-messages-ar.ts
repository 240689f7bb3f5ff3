import type { UpdateMessages } from './update-messages-fr';

export const updateMessagesAr: UpdateMessages = {
  updateAvailable: 'يتوفر إصدار جديد من لوحة المعلومات.',
  updateReload: 'إعادة التحميل بالإصدار الجديد',
  updateLater: 'لاحقا',
};
