import type { MessageKey } from './messages-fr';

export const evidenceLabelKey: Record<'stated' | 'inferred' | 'unknown', MessageKey> = {
  stated: 'evidenceStated',
  inferred: 'evidenceInferred',
  unknown: 'evidenceUnknown',
};
