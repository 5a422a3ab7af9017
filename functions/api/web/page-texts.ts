// Every text the drafters' page shows, in both languages: its own labels, the
// report labels it shares with the HTML report (one table, core/report/labels.ts),
// and a text for each error code the API answers with, so a Chinese page never
// shows an English server message.
import type { Lang } from '../../core/check/result.ts';
import { label, partStatusLabel, severityLabel, statusLabel, type LabelKey } from '../../core/report/labels.ts';
import { diffLabel, noteLine, type DiffLabelKey } from '../../core/diff/labels.ts';
import type { DiffNoteCode } from '../../core/diff/diff.ts';

const own: Record<Lang, Record<string, string>> = {
  zh: {
    choose: '选择或拖入 PDF / DOCX / Markdown 规划文件', profile: '范围（profile）', lang: '报告语言', key: 'API 密钥（如需要）', check: '检查',
    checking: '检查中…', coverage: '各步骤覆盖情况', findings: '检查结果（错误在前）', parts: '组成部分', where: '位置', advice: '建议补充',
    download: '下载报告', noFile: '请先选择文件', na: '不在范围', notPlan: '不是规划', isPlan: '可识别为数字化转型规划',
    counts: '通过 {pass} · 部分满足 {partial} · 未通过 {fail}', passes: '已满足的条目', notApplicable: '不适用的条目',
    failed: '检查失败（{code}）。',
    sincePrevious: '与本次会话中上次上传的「{name}」相比', diffNew: '新出现', diffFailed: '无法与上次上传的版本比较：{reason}',
    resolvedHere: '自上次上传已解决', newHere: '自上次上传新出现', clauseShort: '条款 {clause}',
  },
  en: {
    choose: 'Choose or drop a PDF / DOCX / Markdown plan', profile: 'Profile', lang: 'Report language', key: 'API key (if required)', check: 'Check',
    checking: 'Checking…', coverage: 'Coverage per step', findings: 'Findings (errors first)', parts: 'Parts', where: 'Where', advice: 'What to add',
    download: 'Download report', noFile: 'Choose a file first', na: 'not in scope', notPlan: 'Not a plan', isPlan: 'Reads as a digital-transformation plan',
    counts: '{pass} pass · {partial} partial · {fail} fail', passes: 'Passing rules', notApplicable: 'Rules not applicable',
    failed: 'The check failed ({code}).',
    sincePrevious: 'Since your previous upload of “{name}” in this session', diffNew: 'New', diffFailed: 'Could not compare with your previous upload: {reason}',
    resolvedHere: 'Resolved since your previous upload', newHere: 'New since your previous upload', clauseShort: 'clause {clause}',
  },
};

const shared: LabelKey[] = [
  'clause', 'page', 'lead', 'opening', 'toFix', 'noneToFix', 'notPlanFirst', 'outline', 'outlineDesc', 'whereToWrite',
  'insertAfter', 'insertFirst', 'insertHere', 'topLevel', 'copy', 'copied', 'alsoReported', 'elsewhere', 'sectionOk',
];

// What changed since the previous upload: the diff renderers' own labels (core/diff/labels.ts), and its notes as templates.
const diffKeys: DiffLabelKey[] = ['whatChanged', 'overall', 'scoreByStep', 'resolved', 'stillOpen', 'counts', 'moved', 'plan', 'now', 'outOfScope', 'notInRuleset', 'otherSteps', 'scoreUnchanged', 'none'];
const noteCodes: DiffNoteCode[] = ['profile-differs', 'lang-differs', 'ruleset-differs', 'same-document'];

/** The API's error codes (core/errors.ts PlanInputErrorCode, api/errors.ts) and the page's own (network, timeout), in words. */
const errors: Record<Lang, Record<string, string>> = {
  zh: {
    'unsupported-type': '不支持的文件类型：请上传 PDF、Word（.docx）或 Markdown 文件。',
    'type-mismatch': '文件扩展名与内容不符：请确认文件类型后重新上传。',
    'legacy-doc': '这是 Word 97-2003 文档（.doc）：请在 Word 中另存为 .docx 后上传。',
    'docx-encrypted': '该 Word 文件设有密码：请取消密码保护后上传。',
    'corrupt-docx': 'Word 文件已损坏或不完整，无法读取：请重新保存后上传。',
    'corrupt-pdf': 'PDF 文件已损坏，无法读取：请重新导出后上传。',
    'not-a-pdf': '文件名为 PDF，但内容不是 PDF。',
    'pdf-encrypted': '该 PDF 设有密码：请取消密码后上传。',
    'pdf-no-text': '该 PDF 没有文字层（可能是扫描件）：请上传带文字的 PDF 或 Word 文件。',
    'too-large': '文件过大，超过上传上限。',
    'zip-bomb': '文件解压后过大，无法读取。',
    'invalid-encoding': '文本不是 UTF-8 编码：请另存为 UTF-8 后上传。',
    'too-complex': '文档结构过于复杂或检查超时，无法完成检查。',
    empty: '文件为空，或没有可读的文字。',
    'invalid-config': '检查设置无效（范围或规则配置）。',
    'invalid-parameter': '请求参数无效（范围或语言）。',
    'invalid-multipart': '上传内容无法读取，请重试。',
    'missing-file': '请求中没有文件。',
    'too-many-files': '一次只能检查一个文件。',
    'body-timeout': '上传超时，请重试。',
    unauthorized: '需要有效的 API 密钥。',
    busy: '检查服务繁忙，请稍后重试。',
    'storage-unavailable': '报告存储暂时不可用，请稍后重试。',
    'not-found': '找不到该检查。',
    'not-docx': '只有 Word（.docx）规划可以下载带批注的 Word 文件。',
    internal: '服务器内部错误，请稍后重试。',
    network: '无法连接到检查服务。',
    timeout: '检查超时，请稍后重试。',
  },
  en: {
    'unsupported-type': 'This type of file is not supported: upload a PDF, Word (.docx) or Markdown file.',
    'type-mismatch': 'The file’s extension does not match its content: check the file type and upload it again.',
    'legacy-doc': 'This is a Word 97-2003 document (.doc): save it as .docx in Word and upload that.',
    'docx-encrypted': 'This Word file has a password: remove the protection and upload it again.',
    'corrupt-docx': 'The Word file is damaged or incomplete: save it again and upload it.',
    'corrupt-pdf': 'The PDF is damaged and cannot be read: export it again and upload it.',
    'not-a-pdf': 'The file is named as a PDF but is not one.',
    'pdf-encrypted': 'This PDF has a password: remove it and upload the PDF again.',
    'pdf-no-text': 'This PDF has no text layer (a scan?): upload a PDF with text, or the Word file.',
    'too-large': 'The file is larger than the upload limit.',
    'zip-bomb': 'The file expands to too much data to read.',
    'invalid-encoding': 'The text is not UTF-8: save it as UTF-8 and upload it again.',
    'too-complex': 'The document is too complex to check, or the check took too long.',
    empty: 'The file is empty or has no readable text.',
    'invalid-config': 'The check settings are not valid (profile or rule configuration).',
    'invalid-parameter': 'A request parameter is not valid (profile or language).',
    'invalid-multipart': 'The upload could not be read; try again.',
    'missing-file': 'The request holds no file.',
    'too-many-files': 'Check one file at a time.',
    'body-timeout': 'The upload timed out; try again.',
    unauthorized: 'A valid API key is required.',
    busy: 'The checker is busy; try again shortly.',
    'storage-unavailable': 'Report storage is unavailable; try again shortly.',
    'not-found': 'No such check.',
    'not-docx': 'Only a Word (.docx) plan can be downloaded with comments.',
    internal: 'Internal server error; try again shortly.',
    network: 'The checker cannot be reached.',
    timeout: 'The check timed out; try again later.',
  },
};

function texts(lang: Lang) {
  const ui: Record<string, string> = { ...own[lang] };
  for (const key of shared) ui[key] = label(lang, key);
  for (const key of diffKeys) ui['diff.' + key] = diffLabel(lang, key);
  for (const code of noteCodes) ui['note.' + code] = noteLine({ code, base: '{base}', head: '{head}' }, lang);
  const pick = <K extends string>(table: Record<K, Record<Lang, string>>) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, (v as Record<Lang, string>)[lang]]));
  return { ui, errors: errors[lang], severity: pick(severityLabel), status: pick(statusLabel), part: pick(partStatusLabel) };
}

export const PAGE_TEXTS = { zh: texts('zh'), en: texts('en') };
