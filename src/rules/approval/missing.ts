/** Rule approval/missing: approved and effective documents record all three steps (prepared, reviewed, approved) with name, title, date. */
import type { ApprovalStepName } from '../../model/document.js';
import { ruleMeta, type Rule } from '../rule.js';
import { isReleased, readable } from '../../model/documents.js';

export const STEP_LABELS: Record<ApprovalStepName, string> = {
  prepared: 'prepared (soạn thảo)',
  reviewed: 'reviewed (xem xét)',
  approved: 'approved (phê duyệt)',
};

/** Released documents carry a complete approval record. */
export const approvalMissing: Rule = {
  meta: ruleMeta({
    id: 'approval/missing',
    severity: 'error',
    isoClause: '7.5.2 c',
  }),
  checkDocuments({ repository, report }) {
    for (const document of readable(repository)) {
      if (!isReleased(document)) continue;
      const status = document.status!.value;
      for (const step of Object.keys(STEP_LABELS) as ApprovalStepName[]) {
        const record = document.approval[step];
        if (!record) {
          report({ file: document.file, position: document.status!.position, messageId: 'approval/missing.step', data: { status, step, code: document.code?.value ?? document.file } });
          continue;
        }
        // A field written but malformed is frontmatter/schema's to report; here only absent ones.
        const written = (document.frontMatter?.data.approval as Record<string, Record<string, unknown> | undefined> | undefined)?.[step] ?? {};
        const absent = (['name', 'title', 'date'] as const).filter((field) => written[field] === undefined || written[field] === null);
        if (absent.length > 0) {
          report({ file: document.file, position: record.position, messageId: 'approval/missing.fields', data: { step, fields: absent } });
        }
      }
    }
  },
};
