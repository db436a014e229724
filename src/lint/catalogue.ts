/** The catalogue of every rule `qms check` runs, and their ids. */
import { approvalChanged } from '../rules/approval/changed.js';
import { approvalMissing } from '../rules/approval/missing.js';
import { approvalOrder } from '../rules/approval/order.js';
import { approvalRole } from '../rules/approval/role.js';
import { approvalSelf } from '../rules/approval/self.js';
import { codeDuplicate } from '../rules/code/duplicate.js';
import { codeFilename } from '../rules/code/filename.js';
import { codeFormat } from '../rules/code/format.js';
import { frontmatterParse } from '../rules/frontmatter/parse.js';
import { frontmatterSchema } from '../rules/frontmatter/schema.js';
import { generatedStale } from '../rules/generated/stale.js';
import { legalAmended } from '../rules/legal/amended.js';
import { legalSuperseded } from '../rules/legal/superseded.js';
import { legalUnknown } from '../rules/legal/unknown.js';
import { legalUnlisted } from '../rules/legal/unlisted.js';
import { legalUpdateOverdue } from '../rules/legal/update-overdue.js';
import { refObsolete } from '../rules/ref/obsolete.js';
import { refUnknown } from '../rules/ref/unknown.js';
import { registerCycle } from '../rules/register/cycle.js';
import { registerDates } from '../rules/register/dates.js';
import { registerConflict } from '../rules/register/conflict.js';
import { registerDuplicate } from '../rules/register/duplicate.js';
import { registerId } from '../rules/register/id.js';
import { registerSchema } from '../rules/register/schema.js';
import { registerTarget } from '../rules/register/target.js';
import { reviewOverdue } from '../rules/review/overdue.js';
import { revisionHistory } from '../rules/revision/history.js';
import { statusLifecycle } from '../rules/status/lifecycle.js';
import { statusOrphan } from '../rules/status/orphan.js';
import { structureSections } from '../rules/structure/sections.js';
import { changeApproval } from '../rules/change/approval.js';
import { changeCode } from '../rules/change/code.js';
import { changeDeleted } from '../rules/change/deleted.js';
import { changeLegal } from '../rules/change/legal.js';
import { changeRevision } from '../rules/change/revision.js';
import { tthcSchema } from '../rules/tthc/schema.js';
import { tthcUnknown } from '../rules/tthc/unknown.js';
import { tthcTimeLimit } from '../rules/tthc/time-limit.js';
import type { Rule } from '../rules/rule.js';

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
  statusOrphan,
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
  registerConflict,
  registerTarget,
  registerCycle,
  registerDates,
  changeRevision,
  changeApproval,
  changeDeleted,
  changeCode,
  changeLegal,
  tthcSchema,
  tthcUnknown,
  tthcTimeLimit,
];

export function ruleIds(): string[] {
  return RULES.map((rule) => rule.meta.id);
}
