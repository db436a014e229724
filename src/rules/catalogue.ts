import { approvalChanged } from './approval/changed.js';
import { approvalMissing } from './approval/missing.js';
import { approvalOrder } from './approval/order.js';
import { approvalRole } from './approval/role.js';
import { approvalSelf } from './approval/self.js';
import { codeDuplicate } from './code/duplicate.js';
import { codeFilename } from './code/filename.js';
import { codeFormat } from './code/format.js';
import { frontmatterParse } from './frontmatter/parse.js';
import { frontmatterSchema } from './frontmatter/schema.js';
import { generatedStale } from './generated/stale.js';
import { legalAmended } from './legal/amended.js';
import { legalSuperseded } from './legal/superseded.js';
import { legalUnknown } from './legal/unknown.js';
import { legalUnlisted } from './legal/unlisted.js';
import { legalUpdateOverdue } from './legal/update-overdue.js';
import { refObsolete } from './ref/obsolete.js';
import { refUnknown } from './ref/unknown.js';
import { registerCycle } from './register/cycle.js';
import { registerDates } from './register/dates.js';
import { registerDuplicate } from './register/duplicate.js';
import { registerId } from './register/id.js';
import { registerSchema } from './register/schema.js';
import { registerTarget } from './register/target.js';
import { reviewOverdue } from './review/overdue.js';
import { revisionHistory } from './revision/history.js';
import { statusLifecycle } from './status/lifecycle.js';
import { structureSections } from './structure/sections.js';
import { changeApproval } from './change/approval.js';
import { changeCode } from './change/code.js';
import { changeDeleted } from './change/deleted.js';
import { changeLegal } from './change/legal.js';
import { changeRevision } from './change/revision.js';
import type { Rule } from './types.js';

/** Every rule of `qms check`; findings are sorted by position, then rule id, whatever this order. */
export const RULES: readonly Rule[] = [
  frontmatterParse,
  frontmatterSchema,
  codeFormat,
  codeDuplicate,
  codeFilename,
  revisionHistory,
  approvalMissing,
  approvalOrder,
  approvalRole,
  approvalSelf,
  approvalChanged,
  statusLifecycle,
  legalUnknown,
  legalSuperseded,
  legalAmended,
  legalUpdateOverdue,
  legalUnlisted,
  refUnknown,
  refObsolete,
  structureSections,
  generatedStale,
  reviewOverdue,
  registerSchema,
  registerId,
  registerDuplicate,
  registerTarget,
  registerCycle,
  registerDates,
  changeRevision,
  changeApproval,
  changeDeleted,
  changeCode,
  changeLegal,
];

export function ruleIds(): string[] {
  return RULES.map((rule) => rule.meta.id);
}
