/**
 * Why the front matter editor (src/yaml-edit) refuses an edit, in Vietnamese and English: the file
 * has no front matter it can edit, a path does not lead where the edit needs, or the result would
 * not read back as intended. Messages that report such a refusal (edit.cannot-edit,
 * impact.cannot-revise-file…) embed it in their own language (bothEmbedding).
 */
import { message } from '../catalogue.js';
import type { Language } from '../language.js';
import { FRONT_MATTER_VI, nodeWord, type NodeKind } from './words.js';

/** A path as a refusal names it (`approval.reviewed`, `history.2`); the empty path is the front matter itself. */
const at = (language: Language, path: string): string => (path !== '' ? path : language === 'vi' ? FRONT_MATTER_VI : '(the front matter)');

export const FRONT_MATTER_EDIT_MESSAGES = {
  'front-matter-edit.no-front-matter': message(
    {},
    () => `không sửa được tệp: tệp không có ${FRONT_MATTER_VI}`,
    () => 'cannot edit the file: it has no front matter',
  ),
  'front-matter-edit.unclosed': message(
    {},
    () => `không sửa được tệp: ${FRONT_MATTER_VI} chưa được đóng bằng một dòng "---"`,
    () => 'cannot edit the file: its front matter is not closed',
  ),
  // `language`: what follows the opening `---` (js, toml…).
  'front-matter-edit.foreign-language': message(
    { language: 'js' },
    (d) => `không sửa được tệp: phần đầu (front matter) mở bằng "---${d.language}", không phải YAML`,
    (d) => `cannot edit the file: its front matter is fenced as "---${d.language}", not YAML`,
  ),
  // `detail`: the YAML parser's own first line; `when`: whether the text was read before or after the edits.
  'front-matter-edit.invalid-yaml': message<{ detail: string; when?: 'before' | 'after' }>(
    { detail: 'Map keys must be unique at line 3, column 1', when: 'before' },
    (d) => `không sửa được ${FRONT_MATTER_VI}: YAML không hợp lệ${d.when === undefined ? '' : d.when === 'before' ? ' trước khi sửa' : ' sau khi sửa'} (${d.detail})`,
    (d) => `cannot edit the front matter: invalid YAML${d.when === undefined ? '' : ` ${d.when} editing`} (${d.detail})`,
  ),
  // `detail`: why the YAML parser could not give the data (an alias bomb, an alias to a missing anchor).
  'front-matter-edit.unreadable': message(
    { detail: 'Excessive alias count indicates a resource exhaustion attack' },
    (d) => `không sửa được ${FRONT_MATTER_VI}: ${d.detail}`,
    (d) => `cannot edit the front matter: ${d.detail}`,
  ),
  'front-matter-edit.not-fields': message(
    {},
    () => `không sửa được ${FRONT_MATTER_VI}: đây không phải một nhóm trường`,
    () => 'cannot edit the front matter: it is not a mapping of fields',
  ),
  // `edits`: each edit as `op path` (set approval.reviewed, append history).
  'front-matter-edit.not-read-back': message(
    { edits: ['set revision', 'append history'] as readonly string[] },
    (d) => `không sửa được ${FRONT_MATTER_VI} một cách an toàn: YAML sau khi sửa sẽ không đọc ra đúng như ý định (${d.edits.join(', ')})`,
    (d) => `cannot edit the front matter safely: the edited YAML would not read back as intended (${d.edits.join(', ')})`,
  ),
  'front-matter-edit.no-path': message(
    {},
    () => 'một thao tác sửa cần có đường dẫn đến khóa cần sửa',
    () => 'an edit needs a path',
  ),
  'front-matter-edit.delete-whole': message(
    {},
    () => `không xóa được toàn bộ ${FRONT_MATTER_VI}`,
    () => 'cannot delete the whole front matter',
  ),
  'front-matter-edit.delete-shared-line': message(
    {},
    () => 'không xóa được một mục viết chung dòng với mục khác',
    () => 'cannot delete an entry written on the line of another',
  ),
  // `item`: the index the path ends with.
  'front-matter-edit.set-no-item': message(
    { path: 'history.7', item: '7' },
    (d) => `không đặt được giá trị cho ${at('vi', d.path)}: danh sách không có mục ${d.item} (muốn thêm mục thì dùng append)`,
    (d) => `cannot set ${at('en', d.path)}: the list has no item ${d.item} (append adds items)`,
  ),
  'front-matter-edit.set-not-scalar': message(
    { path: 'history', node: 'list' as NodeKind },
    (d) => `không đặt được giá trị cho ${at('vi', d.path)}: đây là ${nodeWord('vi', d.node)}, không phải một giá trị đơn`,
    (d) => `cannot set ${at('en', d.path)}: it is ${nodeWord('en', d.node)}, not a scalar`,
  ),
  'front-matter-edit.append-no-item': message(
    { path: 'history.7', item: '7' },
    (d) => `không thêm được vào ${at('vi', d.path)}: danh sách không có mục ${d.item}`,
    (d) => `cannot append to ${at('en', d.path)}: the list has no item ${d.item}`,
  ),
  'front-matter-edit.append-not-list': message(
    { path: 'history', node: 'mapping' as NodeKind },
    (d) => `không thêm được vào ${at('vi', d.path)}: đây là ${nodeWord('vi', d.node)}, không phải một danh sách`,
    (d) => `cannot append to ${at('en', d.path)}: it is ${nodeWord('en', d.node)}, not a list`,
  ),
  // `list`: the path the item should be in.
  'front-matter-edit.replace-not-list': message(
    { path: 'approval.prepared', list: 'approval' },
    (d) => `không thay được ${at('vi', d.path)}: ${at('vi', d.list)} không phải một danh sách`,
    (d) => `cannot replace ${at('en', d.path)}: ${at('en', d.list)} is not a list`,
  ),
  'front-matter-edit.replace-no-item': message(
    { path: 'history.7', item: '7' },
    (d) => `không thay được ${at('vi', d.path)}: danh sách không có mục ${d.item}`,
    (d) => `cannot replace ${at('en', d.path)}: the list has no item ${d.item}`,
  ),
  'front-matter-edit.replace-unsupported': message(
    { path: 'history.0', node: 'alias' as NodeKind },
    (d) => `không thay được ${at('vi', d.path)}: đây là ${nodeWord('vi', d.node)}`,
    (d) => `cannot replace ${at('en', d.path)}: it is ${nodeWord('en', d.node)}`,
  ),
  'front-matter-edit.key-in-list': message(
    { key: 'reviewed' },
    (d) => `không thêm được khóa "${d.key}" vào một danh sách`,
    (d) => `cannot add the key "${d.key}" to a list`,
  ),
  'front-matter-edit.root-not-fields': message(
    { path: 'approval.reviewed' },
    (d) => `không sửa được ${at('vi', d.path)}: ${FRONT_MATTER_VI} không phải một nhóm trường`,
    (d) => `cannot edit ${at('en', d.path)}: the front matter is not a mapping of fields`,
  ),
  // `step`: the part of `path` that is missing (or is an alias, or a scalar, below).
  'front-matter-edit.missing-step': message(
    { path: 'obsolete.date', step: 'obsolete' },
    (d) => `không sửa được ${at('vi', d.path)}: không có ${at('vi', d.step)}`,
    (d) => `cannot edit ${at('en', d.path)}: ${at('en', d.step)} does not exist`,
  ),
  // `anchor`: the name of the anchor the alias refers to.
  'front-matter-edit.alias-step': message(
    { path: 'approval.reviewed.name', step: 'approval.reviewed', anchor: 'nguoi-ky' },
    (d) => `không sửa được ${at('vi', d.path)}: ${at('vi', d.step)} là một alias (${d.anchor}); hãy sửa ở chỗ đặt neo (anchor) đó`,
    (d) => `cannot edit ${at('en', d.path)}: ${at('en', d.step)} is an alias (${d.anchor}); edit the anchored node instead`,
  ),
  'front-matter-edit.step-not-collection': message(
    { path: 'code.x', step: 'code', node: 'scalar' as NodeKind },
    (d) => `không sửa được ${at('vi', d.path)}: ${at('vi', d.step)} là ${nodeWord('vi', d.node)}, không phải một nhóm trường hay một danh sách`,
    (d) => `cannot edit ${at('en', d.path)}: ${at('en', d.step)} is ${nodeWord('en', d.node)}, not a mapping or a list`,
  ),
  'front-matter-edit.key-on-list': message(
    { path: 'history.x', key: 'x' },
    (d) => `không sửa được ${at('vi', d.path)}: "${d.key}" là tên một khóa, nhưng ở bước này là một danh sách (hãy dùng số thứ tự của mục)`,
    (d) => `cannot edit ${at('en', d.path)}: "${d.key}" names a key, but that step is a list (use an index)`,
  ),
  // `mark`: the anchor (`&name`) or the tag (`!!str`) the node carries.
  'front-matter-edit.anchor-or-tag': message(
    { path: 'approval.reviewed', mark: '&nguoi-ky' },
    (d) => `không sửa được ${at('vi', d.path)}: giá trị này mang neo (anchor) hoặc thẻ (tag): ${d.mark}`,
    (d) => `cannot edit ${at('en', d.path)}: it carries an anchor or tag (${d.mark})`,
  ),
  'front-matter-edit.key-not-scalar': message(
    {},
    () => 'không sửa được một mục của nhóm trường có khóa không phải giá trị đơn thuần',
    () => 'cannot edit a mapping entry whose key is not a plain scalar',
  ),
  'front-matter-edit.single-pair-item': message(
    {},
    () => 'không sửa được một mục của danh sách viết thành một nhóm trường chỉ có một cặp khóa: giá trị',
    () => 'cannot edit a list item written as a single-pair mapping',
  ),
};
