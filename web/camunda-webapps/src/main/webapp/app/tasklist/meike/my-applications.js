/*
 * meike-privacy (issue 17, item 5): an applicant follows their own recording-access applications
 * where they work. "我的申请 My applications" in Tasklist's header opens a list of the signed-in
 * person's applications: order, use, state, each decision (who, when, approve or reject, comment)
 * and the grant with its validity. It reads GET /api/recording-access-requests (the caller's own
 * applications) and GET /api/recording-access-grants/{id} with the Tasklist sign-in — the EAR's
 * modules share the session, and /api accepts it for reading requests. Nothing here changes
 * anything: the applicant decides nothing and claims no approver's task (the engine's
 * authorizations are unchanged). Labels are Chinese with English, times China time.
 */
// The recording context's AllowedUse.shortLabel, word for word (bpmn's AllowedUseLabelsTest fails
// when they differ).
const USES = {
  DISPUTE_EVIDENCE: '纠纷取证 (dispute evidence, with consent)',
  URGENT_PROTECTION: '紧急保护 (urgent protection of life or property)',
  RULE_SPOT_CHECK: '违规抽查 (spot check for rule violations)',
  SAFETY_ANALYSIS: '安全分析 (safety analysis)'
};
const STATES = {
  AWAITING_DEPARTMENT_HEAD: '等待部门负责人审批 Waiting for the department head',
  AWAITING_SECURITY_HEAD: '等待安全负责人审批 Waiting for the head of security',
  APPROVED: '已批准 Approved',
  REJECTED: '已驳回 Rejected',
  LAPSED: '已过期失效 Lapsed (not decided in time)'
};
const STEPS = {
  DEPARTMENT_HEAD: '部门负责人 Department head',
  SECURITY_HEAD: '安全负责人 Head of security'
};
const GRANT_STATES = {
  ACTIVE: '有效 Valid',
  EXPIRED: '已过期 Expired',
  REVOKED: '已撤销 Revoked'
};
const API = '/api';

/** A time as China time, e.g. 2026-12-07 09:30. */
export function chinaTime(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (isNaN(date.getTime())) {
    return String(iso);
  }
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  }).formatToParts(date).reduce((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export function label(labels, code) {
  return code ? labels[code] || code : '';
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach((child) => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

async function json(path) {
  const response = await fetch(API + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const error = new Error(String(response.status));
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/**
 * Staff as the engine's name when this user may read it, else as login and department (the staff
 * directory's departments are readable by all staff; their members' names are not).
 */
const names = {};
let departments;
async function nameOf(engineApi, login) {
  if (!login) {
    return '';
  }
  if (!(login in names)) {
    departments = departments || json('/staff-directory/departments').catch(() => []);
    names[login] = fetch(`${engineApi}/user/${encodeURIComponent(login)}/profile`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null)
      .then(async (p) => {
        if (p && (p.firstName || p.lastName)) {
          return `${[p.firstName, p.lastName].filter(Boolean).join(' ')} (${login})`;
        }
        const department = (await departments).find((d) => d.head === login || (d.members || []).includes(login));
        return department ? `${login} (${department.name})` : login;
      });
  }
  return names[login];
}

async function grantLine(grantId) {
  try {
    const grant = await json(`/recording-access-grants/${encodeURIComponent(grantId)}`);
    return `${label(GRANT_STATES, grant.state)} · ${chinaTime(grant.issuedAt)} – ${chinaTime(grant.expiresAt)}`
      + (grant.revokedAt ? ` · 撤销于 revoked ${chinaTime(grant.revokedAt)}` : '');
  } catch (e) {
    return grantId;
  }
}

async function applicationCard(application, engineApi) {
  const decisions = element('ul', { class: 'meike-decisions' });
  for (const decision of application.decisions || []) {
    decisions.append(element('li', {},
      `${label(STEPS, decision.step)}: ${await nameOf(engineApi, decision.approver)} · `,
      element('strong', {}, decision.approved ? '批准 Approved' : '驳回 Rejected'),
      ` · ${chinaTime(decision.decidedAt)}`,
      decision.comment ? element('div', { class: 'meike-comment' }, `“${decision.comment}”`) : ''));
  }
  if (!decisions.children.length) {
    decisions.append(element('li', {}, '尚无决定 No decision yet'));
  }
  const card = element('li', { class: 'meike-application', 'data-order': application.orderNumber || '' },
    element('h4', {}, `订单号 Order ${application.orderNumber} · ${label(USES, application.use)}`),
    element('div', { class: 'meike-state' }, `状态 State: `, element('strong', {}, label(STATES, application.status))),
    element('div', {}, `申请时间 Applied at: ${chinaTime(application.appliedAt)} (北京时间 China time)`),
    element('div', {}, `理由 Reason: ${application.reason || ''}`),
    element('div', {}, '决定 Decisions:'), decisions);
  if (application.grantId) {
    card.append(element('div', { class: 'meike-grant' }, '授权 Grant: ',
      element('a', { href: `${API}/recording-access-grants/${encodeURIComponent(application.grantId)}`, target: '_blank', rel: 'noopener' },
        await grantLine(application.grantId))));
  }
  return card;
}

async function fill(body, engineApi) {
  body.replaceChildren(element('p', {}, '正在读取… Loading…'));
  try {
    const applications = (await json('/recording-access-requests'))
      .sort((a, b) => String(b.appliedAt).localeCompare(String(a.appliedAt)));
    if (!applications.length) {
      body.replaceChildren(element('p', {}, '您还没有录音调取申请。 You have no recording-access applications.'));
      return;
    }
    const list = element('ol', { class: 'meike-applications' });
    for (const application of applications) {
      list.append(await applicationCard(application, engineApi));
    }
    body.replaceChildren(list);
  } catch (e) {
    body.replaceChildren(element('p', { class: 'text-danger' }, e.status === 401
      ? '登录已过期，请重新登录。 Your sign-in has expired: sign in again.'
      : e.status === 403
        ? '只有员工目录中的同事可以申请和查看申请。 Only members of the staff directory apply and see applications.'
        : '暂时无法读取您的申请，请稍后重试。 Your applications cannot be read just now: try again later.'));
  }
}

function open(engineApi, opener) {
  const body = element('div', { class: 'meike-my-applications-body' });
  const close = element('button', { type: 'button', class: 'close', 'aria-label': '关闭 Close' }, '×');
  const panel = element('div', { class: 'meike-applications-dialog', role: 'dialog', 'aria-modal': 'true',
    'aria-label': '我的申请 My applications' },
  element('div', { class: 'meike-my-applications-head' }, close,
    element('h3', {}, '我的申请 My applications'),
    element('p', { class: 'text-muted' }, '您提出的录音调取申请、每一步的决定和授权（只读）。 Your recording-access applications, each decision and the grant (read only).')),
  body);
  const backdrop = element('div', { class: 'meike-my-applications-backdrop' }, panel);
  const dismiss = () => {
    backdrop.remove();
    document.removeEventListener('keydown', onKey);
    opener.focus();
  };
  const onKey = (event) => {
    if (event.key === 'Escape') {
      dismiss();
    }
  };
  close.addEventListener('click', dismiss);
  backdrop.addEventListener('click', (event) => {
    if (event.target === backdrop) {
      dismiss();
    }
  });
  document.addEventListener('keydown', onKey);
  document.body.append(backdrop);
  close.focus();
  fill(body, engineApi);
}

const STYLE = `
.meike-my-applications-backdrop{position:fixed;inset:0;background:rgba(0,0,0,.35);z-index:2000;overflow:auto}
.meike-applications-dialog{background:#fff;max-width:860px;margin:60px auto;padding:16px 24px;border-radius:4px}
.meike-applications-dialog ol{list-style:none;padding:0}
.meike-application{border-top:1px solid #ddd;padding:10px 0}
.meike-application h4{margin:4px 0}
.meike-decisions{margin:2px 0 4px 18px;padding:0}
.meike-comment{color:#555;margin-left:12px}
`;

export default [{
  id: 'meike-my-applications',
  pluginPoint: 'tasklist.navbar.action',
  priority: 250,
  render: (node, { api } = {}) => {
    if (!document.getElementById('meike-my-applications-style')) {
      document.head.append(element('style', { id: 'meike-my-applications-style' }, STYLE));
    }
    const engineApi = (api && api.engineApi) || '/camunda/api/engine/engine/default';
    const link = element('a', { href: '', class: 'meike-my-applications-action', title: '我的申请 My applications' },
      element('span', { class: 'glyphicon glyphicon-list-alt' }), ' 我的申请 My applications');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open(engineApi, link);
    });
    node.append(link);
  }
}];
