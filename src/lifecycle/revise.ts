/**
 * `qms revise <code>`: a new revision — revision + 1, a history row (with the legal document that
 * triggered it), status draft, the review and approval of the previous revision removed (the
 * preparer stays), the effective date removed until the new revision is published.
 */
import type { FrontMatterEdit } from '../yaml-edit/frontmatter-edit.js';
import { canonicalKey } from '../legal/key.js';
import type { Register } from '../model/register.js';
import { editDistance } from '../util/shape.js';
import { renderChange } from './apply.js';
import { findDocument } from './find.js';
import { editFields, frontMatterData, keyIn } from './frontmatter.js';
import { bi, list, refuse, tr, type Language } from './messages.js';
import { quote } from './new.js';
import type { Outcome } from './run.js';
import { parseDateOption, textOption, type Session } from '../workspace/session.js';

export interface ReviseOptions {
  summary?: string;
  trigger?: string;
  date?: string;
}

export function planRevise(session: Session, code: string, options: ReviseOptions): Outcome {
  const { language, repository } = session;
  const { document, text } = findDocument(repository, code, language);
  const shown = document.code!.value;
  const status = document.status?.value;
  if (status === 'obsolete') {
    refuse(language, 'obsolete', bi(`${shown} đã hết hiệu lực (obsolete): không sửa đổi tài liệu đã hủy bỏ; hãy tạo tài liệu mới bằng qms new`, `${shown} is obsolete: an obsolete document is not revised; create a new one with qms new`), { code: shown });
  }
  const from = document.revision?.value;
  if (from === undefined || !Number.isInteger(from) || from < 1) {
    refuse(language, 'revision', bi(`${shown} không có lần ban hành (revision) hợp lệ: sửa front matter trước`, `${shown} has no valid revision: fix the front matter first`), { code: shown });
  }
  const summary = textOption(options.summary, '--summary', language);
  const trigger = options.trigger === undefined ? undefined : resolveTrigger(repository.register, options.trigger, language);
  const date = parseDateOption(options.date, '--date', language, session.today);
  const lastDate = document.history.map((row) => row.date).filter((d): d is string => d !== undefined).sort().at(-1);
  if (lastDate !== undefined && date < lastDate) {
    refuse(
      language,
      'date-order',
      bi(`--date ${date} sớm hơn dòng lịch sử gần nhất (${lastDate}): các dòng theo dõi sửa đổi không đi lùi`, `--date ${date} is earlier than the last history row (${lastDate}): history dates do not go backwards`),
      { date, last: lastDate },
    );
  }

  const to = from + 1;
  const data = frontMatterData(text, language);
  const approval = data[keyIn(data, 'approval') ?? 'approval'];
  const has = (key: string): boolean => typeof approval === 'object' && approval !== null && keyIn(approval as Record<string, unknown>, key) !== undefined;
  const removed = [...(has('reviewed') ? ['approval.reviewed'] : []), ...(has('approved') ? ['approval.approved'] : []), ...(keyIn(data, 'effective') !== undefined ? ['effective'] : [])];
  const edits: FrontMatterEdit[] = [
    { op: 'set', path: ['revision'], value: to },
    { op: 'append', path: ['history'], item: { revision: to, date, summary, ...(trigger !== undefined ? { trigger } : {}) } },
    { op: 'set', path: ['status'], value: 'draft' },
    { op: 'delete', path: ['approval', 'approved'] },
    { op: 'delete', path: ['approval', 'reviewed'] },
    { op: 'delete', path: ['effective'] },
  ];
  const change = renderChange(session, document.file, text, editFields(text, edits, language));
  return {
    change,
    result: { file: document.file, code: shown, fromRevision: from, revision: to, status: 'draft', date, summary, trigger: trigger ?? null, removed },
    lines: [
      tr(language, bi(`${shown}: lần ban hành ${from} → ${to}, trạng thái draft (${document.file}).`, `${shown}: revision ${from} → ${to}, status draft (${document.file}).`)),
      tr(language, bi(`Lịch sử: ${date} — ${summary}${trigger ? ` (căn cứ ${trigger})` : ''}`, `History: ${date} — ${summary}${trigger ? ` (triggered by ${trigger})` : ''}`)),
      ...(removed.length > 0 ? [tr(language, bi(`Đã bỏ: ${removed.join(', ')}.`, `Removed: ${removed.join(', ')}.`))] : []),
      tr(language, bi(`Tiếp theo: sửa nội dung, rồi qms approve ${quote(shown)} --step prepared …`, `Next: revise the text, then qms approve ${quote(shown)} --step prepared …`)),
    ],
  };
}

/** The register id of the legal document named by `argument`, in any citation form; refused when unknown or ambiguous. */
export function resolveTrigger(register: Register, argument: string, language: Language): string {
  const idOf = (key: string): string => register.get(key)?.id?.value ?? key;
  const direct = canonicalKey(argument);
  if (direct && register.get(direct)) return idOf(direct);
  const found = register.recognizer.find(argument).filter((c) => c.key !== null || c.candidates.length > 0);
  const only = found.length === 1 ? found[0]! : undefined;
  if (only?.key && register.get(only.key)) return idOf(only.key);
  if (only && only.candidates.length > 1) {
    const names = only.candidates.map(idOf);
    refuse(language, 'ambiguous-trigger', bi(`--trigger "${argument}" có thể là ${names.join(' hoặc ')}: ghi đủ số hiệu`, `--trigger "${argument}" could mean ${names.join(' or ')}: give the full number`), { trigger: argument, candidates: names });
  }
  const wanted = (direct ?? argument).toUpperCase();
  const scored: Array<[number, string]> = [];
  for (const [key, entry] of register.byKey) {
    const names = [key, ...entry.aliases.map((a) => canonicalKey(a) ?? a)];
    scored.push([Math.min(...names.map((name) => editDistance(wanted, name.toUpperCase()))), idOf(key)]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const closest = scored.slice(0, 3).map(([, id]) => id);
  const hint = closest.length > 0 ? bi(`; gần nhất: ${list('vi', closest)}`, `; the closest are ${list('en', closest)}`) : bi('', '');
  return refuse(
    language,
    'unknown-trigger',
    bi(`--trigger "${argument}" không có trong danh mục văn bản pháp lý (legal/)${hint.vi}`, `--trigger "${argument}" is not in the legal register (legal/)${hint.en}`),
    { trigger: argument, closest },
  );
}
