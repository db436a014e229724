/** Rule tthc/time-limit: the step times of a procedure's processing table add up to the time limit of the TTHC it handles. */
import { readable } from '../../model/documents.js';
import { bodyStartOf, locator } from '../../sections/render.js';
import { recordsOf } from '../../sections/tthc.js';
import { readDuration } from '../../tthc/duration.js';
import { readStepTable } from '../../tthc/step-table.js';
import { ruleMeta, type Rule } from '../rule.js';

/**
 * The processing table (Bước | Nội dung | Trách nhiệm | Thời gian | Biểu mẫu/Kết quả) adds up to the
 * time limit of the first TTHC record the procedure names in `tthc`: more is an error (the procedure
 * promises what the law does not allow), less a warning (a step time was cut, or a limit raised,
 * and the table not revised). A calendar-day limit is checked only for being exceeded. The cost
 * per document is one scan of its own text: the record comes with the register.
 */
export const tthcTimeLimit: Rule = {
  meta: ruleMeta({
    id: 'tthc/time-limit',
    severity: 'error',
    isoClause: '8.1, 8.5.1; QĐ 19/2014/QĐ-TTg Điều 4',
  }),
  checkDocuments({ repository, report }) {
    const hoursPerDay = repository.config.tthc.hours_per_day;
    for (const document of readable(repository)) {
      if (document.tthc.length === 0) continue;
      const record = recordsOf(document, repository.register).find((r) => r.timeLimit !== undefined);
      if (!record?.timeLimit) continue;
      const text = repository.texts.get(document.file);
      if (text === undefined) continue;
      const table = readStepTable(text, bodyStartOf(text));
      if (!table || table.steps.length === 0) continue;
      const locate = locator(text);
      let total = 0;
      let readableTimes = true;
      for (const step of table.steps) {
        const duration = readDuration(step.time, hoursPerDay);
        if (duration.ok) total += duration.hours;
        else if (duration.reason === 'unreadable') {
          readableTimes = false;
          report({ file: document.file, position: locate(step.timeOffset), messageId: 'tthc/time-limit.unreadable', data: { step: step.step || '?', time: step.time } });
        }
      }
      if (!readableTimes) continue;
      const { value, unit } = record.timeLimit;
      const code = record.code?.value ?? record.file;
      const about = { steps: total, perDay: hoursPerDay, tthc: code, record: record.file };
      if (unit === 'days') {
        // N working days never take fewer than N calendar days.
        if (total > value * hoursPerDay + 1e-9) report({ file: document.file, position: locate(table.offset), messageId: 'tthc/time-limit.over-days', data: { ...about, days: value } });
        continue;
      }
      const limit = unit === 'hours' ? value : value * hoursPerDay;
      if (total > limit + 1e-9) report({ file: document.file, position: locate(table.offset), messageId: 'tthc/time-limit.over', data: { ...about, limit } });
      else if (total < limit - 1e-9) report({ file: document.file, position: locate(table.offset), severity: 'warning', messageId: 'tthc/time-limit.under', data: { ...about, limit } });
    }
  },
};
