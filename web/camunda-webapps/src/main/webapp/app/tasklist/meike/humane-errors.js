/*
 * meike-privacy (issue 17, item 3): Tasklist shows what the server answered after its own prefix
 * ("Cannot submit task form <id>:", "Cannot instantiate process definition <id>:") and sometimes
 * the engine's raw text (ENGINE-… codes, Java class names, "Bad Request"). The server already
 * answers a person with one sentence in Chinese and English; this script keeps that sentence and
 * drops everything around it, and replaces any raw engine text that is left with a plain sentence.
 * It only changes the text of notifications on the page, never a request.
 */
const RAW = /ENGINE-\d{5}|Exception|Cannot submit task form|Cannot instantiate process definition|Cannot complete task|\b[a-z]+(\.[a-z0-9_]+){2,}\.[A-Z]\w*|[\w-]+:\d+:[0-9a-f-]{36}|Bad Request|Internal Server Error|Forbidden|No task found for task id|does not have '[A-Z_]+' permission/;
const CJK = /[\u4e00-\u9fff]/;

const GENERIC = [
  [/No task found for task id|does not exist|No matching task/i,
    '该任务已不存在（可能已被完成）。 This task no longer exists; it may have been completed.'],
  [/does not have .* permission|AuthorizationException|Forbidden/i,
    '您不能在此执行该操作。 You may not do this here.'],
  [/TaskAlreadyClaimed|already claimed/i,
    '该任务已被他人认领。 Someone else has claimed this task.'],
  [/OptimisticLocking|was updated by another transaction/i,
    '该案件刚被他人更改，请刷新后重试。 The case changed meanwhile: reload and try again.']
];
const FALLBACK = '未能完成，请检查填写的内容后重试。 This could not be done: check what you entered and try again.';

/** The sentence a person should read instead of {@code text}; {@code text} itself when it is fine. */
export function humane(text) {
  if (!text || !RAW.test(text)) {
    return text;
  }
  // Our server's sentence is the last Chinese-and-English part after the prefixes.
  const parts = text.split(/(?:Cannot submit task form|Cannot instantiate process definition|Cannot complete task)\s+\S+:\s*|\b\w*(?:Exception|Error):\s*|ENGINE-\d{5}\s*/);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i].replace(/^['"\s]+|['"\s.]+$/g, '');
    if (CJK.test(part) && !RAW.test(part)) {
      return part.endsWith('。') ? part : part + (/[.!?]$/.test(part) ? '' : '.');
    }
  }
  for (const [pattern, sentence] of GENERIC) {
    if (pattern.test(text)) {
      return sentence;
    }
  }
  return FALLBACK;
}

function rewrite(root) {
  root.querySelectorAll('.notifications .alert .message, .notifications .alert .status').forEach((el) => {
    const before = el.textContent;
    const after = humane(before);
    if (after !== before) {
      el.textContent = after;
    }
  });
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  const start = () => {
    rewrite(document);
    new MutationObserver(() => rewrite(document))
      .observe(document.body, { childList: true, subtree: true, characterData: true });
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

export default [];
