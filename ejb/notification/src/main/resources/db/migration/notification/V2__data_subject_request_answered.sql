-- The answer to a data-subject request is ready (DSR-6, issue 15): what it says is read in the app.
insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('data-subject-request-answered', 'SERVICE', 'PUSH', 'communication.customer-service', 'requestKind,state', '您的个人信息请求已有答复',
        '您提出的个人信息请求（{requestKind}）已处理：{state}。请在应用“我的个人信息请求”中查看答复。如您不满意，可在该请求中一键发起投诉。',
        'A data-subject request was answered, refused or could not be verified (DSR-6); the answer is read in the app, a complaint follows with one call (CMP-1).');
